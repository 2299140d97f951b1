using System.Diagnostics;
using ArtifactLint.Scripting;
using Xunit;
using Xunit.Abstractions;

namespace ArtifactLint.Tests.Scripting;

public sealed class SmokeTests(ITestOutputHelper output)
{
    [Fact]
    public void Timings()
    {
        var sources = ScriptFixtures.Files("run").Select(ScriptFixtures.Source).ToArray();
        var clock = Stopwatch.StartNew();
        var first = RuleCompiler.Compile(sources[0], trusted: false);
        output.WriteLine($"first {clock.ElapsedMilliseconds} ms {string.Join("; ", first.Diagnostics)}");
        foreach (var s in sources)
        {
            clock.Restart();
            var o = RuleCompiler.Compile(s, trusted: false);
            output.WriteLine($"{s.DisplayPath} {clock.Elapsed.TotalMilliseconds:0.0} ms {o.Image?.Length} {string.Join("; ", o.Diagnostics.Select(d => d.Location + " " + d.Message))}");
        }
    }
}
