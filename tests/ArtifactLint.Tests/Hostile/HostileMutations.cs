namespace ArtifactLint.Tests.Hostile;

/// <summary>Random truncations and byte flips of the example product's valid documents, from a fixed seed.</summary>
internal static class HostileMutations
{
    public static void Write(HostileWriter w, IReadOnlyList<string> validDocuments, int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var source = validDocuments[random.Next(validDocuments.Count)];
            var bytes = File.ReadAllBytes(w.Full(source));
            var folder = source[..source.IndexOf('/')];
            var name = Path.GetFileNameWithoutExtension(source);
            w.Bytes($"{folder}/truncated/{i:D2}-{name}.md", bytes[..random.Next(bytes.Length)]);

            var flipped = (byte[])bytes.Clone();
            for (var flips = 1 + random.Next(3); flips > 0; flips--)
            {
                flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
            }

            w.Bytes($"{folder}/flipped/{i:D2}-{name}.md", flipped);
        }
    }
}
