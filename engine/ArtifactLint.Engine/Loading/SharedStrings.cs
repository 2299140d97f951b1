using System.Collections.Concurrent;

namespace ArtifactLint.Loading;

/// <summary>
/// One copy of each short text that front matters repeat: property names, statuses, types, labels,
/// dates and the ids that other documents refer to. Without it 10,000 documents keep 10,000 copies of
/// <c>status</c>, each one more object for the garbage collector to move while the workspace loads.
/// Bounded, so that a long watch session over ever-new texts keeps a fixed size.
/// </summary>
internal static class SharedStrings
{
    private const int MaxLength = 32;
    private const int MaxCount = 64 * 1024;

    private static readonly ConcurrentDictionary<string, string> Table = new(StringComparer.Ordinal);
    private static int _count;

    /// <summary>The shared copy of <paramref name="text"/>, or the text itself when it is long or the table is full.</summary>
    public static string Share(string text)
    {
        if (text.Length > MaxLength)
        {
            return text;
        }

        if (Table.TryGetValue(text, out var shared))
        {
            return shared;
        }

        if (Volatile.Read(ref _count) >= MaxCount)
        {
            return text;
        }

        shared = Table.GetOrAdd(text, text);
        if (ReferenceEquals(shared, text))
        {
            Interlocked.Increment(ref _count);
        }

        return shared;
    }
}
