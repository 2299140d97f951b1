using System.Globalization;

namespace ArtifactLint.Benchmarks.Adversarial;

/// <summary>
/// <c>adversarial --out DIR [--seed S] [--size BYTES] [--count N] [--case NAME]... [--force]</c> writes one hostile
/// workspace per case under DIR: single documents of BYTES (default 9,900,000, just under the default
/// max_file_size) and workspaces built around N artifacts (default 10,000). <c>adversarial --list</c> names the cases.
/// </summary>
internal static class AdversarialCommand
{
    private const string Usage = "usage: adversarial --out DIR [--seed S] [--size BYTES] [--count N] [--case NAME]... [--force] | adversarial --list";

    public static bool Handles(string[] args) => args.Length > 0 && args[0] == "adversarial";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        string? folder = null;
        int seed = 42, size = 9_900_000, count = 10_000;
        var force = false;
        var list = false;
        var names = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            var ok = args[i] switch
            {
                "--force" => Flag(ref force),
                "--list" => Flag(ref list),
                "--out" => value is not null && Take(ref folder, value, ref i),
                "--case" => value is not null && Add(names, value, ref i),
                "--seed" => Number(value, ref seed, ref i, int.MinValue),
                "--size" => Number(value, ref size, ref i, 1000),
                "--count" => Number(value, ref count, ref i, 100),
                _ => false,
            };
            if (!ok)
            {
                error.WriteLine($"'{args[i]}' is not an option here, or its value is missing or out of range");
                error.WriteLine(Usage);
                return 2;
            }
        }

        var cases = DocumentCases.All(size).Concat(DocumentCases.TooLarge(size * 5)).Concat(WorkspaceCases.All(count)).ToList();
        if (list)
        {
            cases.ForEach(c => output.WriteLine($"{c.Name,-24} {c.Attack}"));
            return 0;
        }

        var unknown = names.Where(n => cases.All(c => c.Name != n)).ToList();
        if (folder is null || unknown.Count > 0)
        {
            error.WriteLine(folder is null ? "adversarial needs --out DIR" : $"no case is named {string.Join(", ", unknown)}: see --list");
            error.WriteLine(Usage);
            return 2;
        }

        foreach (var @case in cases.Where(c => names.Count == 0 || names.Contains(c.Name)))
        {
            if (AdversarialFolder.Write(@case, seed, folder, force) is { } refusal)
            {
                error.WriteLine(refusal);
                return 2;
            }

            output.WriteLine($"{Path.Combine(folder, @case.Name)}: {@case.Attack}");
        }

        return 0;
    }

    private static bool Flag(ref bool flag) => flag = true;

    private static bool Take(ref string? target, string value, ref int i)
    {
        target = value;
        i++;
        return true;
    }

    private static bool Add(List<string> names, string value, ref int i)
    {
        names.Add(value);
        i++;
        return true;
    }

    private static bool Number(string? value, ref int target, ref int i, int minimum)
    {
        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || number < minimum)
        {
            return false;
        }

        target = number;
        i++;
        return true;
    }
}
