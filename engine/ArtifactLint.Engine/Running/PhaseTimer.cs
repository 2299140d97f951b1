using System.Diagnostics;
using System.Runtime;

namespace ArtifactLint.Running;

/// <summary>
/// Times the phases of a run and writes them to a trace writer (ARTIFACTLINT_TIMINGS=1); free when there is none.
/// Each line also says how much of the phase went to the JIT and to GC pauses, and the process's CPU time so far,
/// because in a short process those, not the phase's own code, are often what costs.
/// </summary>
internal sealed class PhaseTimer(TextWriter? trace)
{
    private readonly Stopwatch _total = Stopwatch.StartNew();
    private long _last;
    private TimeSpan _lastJit = JitInfo.GetCompilationTime();
    private TimeSpan _lastPause = GC.GetTotalPauseDuration();
    private long _lastMethods = JitInfo.GetCompiledMethodCount();
    private long _lastAllocated = GC.GetTotalAllocatedBytes();

    /// <summary>Marks the end of a phase that started at the previous mark.</summary>
    public void Mark(string phase)
    {
        if (trace is null)
        {
            return;
        }

        var now = _total.ElapsedMilliseconds;
        var jit = JitInfo.GetCompilationTime();
        var pause = GC.GetTotalPauseDuration();
        var cpu = Process.GetCurrentProcess().UserProcessorTime;
        var methods = JitInfo.GetCompiledMethodCount();
        var allocated = GC.GetTotalAllocatedBytes();
        trace.WriteLine(
            $"timing: {phase,-12} {now - _last,6} ms (total {now} ms)  jit {(jit - _lastJit).TotalMilliseconds,5:F0} ms {methods - _lastMethods,5} methods  gc pause {(pause - _lastPause).TotalMilliseconds,4:F0} ms  user cpu {cpu.TotalMilliseconds,5:F0} ms  gc# {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}  alloc {(allocated - _lastAllocated) >> 20,4} MB  heap {GC.GetTotalMemory(false) >> 20,4} MB");
        _last = now;
        _lastJit = jit;
        _lastMethods = methods;
        _lastPause = pause;
        _lastAllocated = allocated;
    }
}
