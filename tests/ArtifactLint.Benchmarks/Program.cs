using ArtifactLint.Benchmarks.Adversarial;
using ArtifactLint.Benchmarks.Corpus;
using ArtifactLint.Benchmarks.Incremental;
using BenchmarkDotNet.Running;

if (AdversarialCommand.Handles(args))
{
    return AdversarialCommand.Run(args, Console.Out, Console.Error);
}

if (HostileCommand.Handles(args))
{
    return HostileCommand.Run(args, Console.Out, Console.Error);
}


if (IncrementalCommand.Handles(args))
{
    return IncrementalCommand.Run(args, Console.Out, Console.Error);
}

if (CorpusCommand.Handles(args))
{
    return CorpusCommand.Run(args, Console.Out, Console.Error);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
