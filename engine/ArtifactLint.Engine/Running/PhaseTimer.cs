using System.Diagnostics;

namespace ArtifactLint.Running;

/// <summary>Times the phases of a run and writes them to a trace writer (ARTIFACTLINT_TIMINGS=1); free when there is none.</summary>
internal sealed class PhaseTimer(TextWriter? trace)
{
    private readonly Stopwatch _total = Stopwatch.StartNew();
    private long _last;

    /// <summary>Marks the end of a phase that started at the previous mark.</summary>
    public void Mark(string phase)
    {
        if (trace is null)
        {
            return;
        }

        var now = _total.ElapsedMilliseconds;
        trace.WriteLine($"timing: {phase,-12} {now - _last,6} ms (total {now} ms)");
        _last = now;
    }
}
