namespace ArtifactLint.Scripting;

/// <summary>
/// What rule code may use. An allow-list, not a deny-list: anything not named here (the file
/// system, network, processes, environment, reflection, interop, threads, tasks, GC, console...)
/// is rejected. Regex is allowed because the engine sets a process-wide default match timeout
/// (<see cref="RegexTimeout"/>); passing <c>Regex.InfiniteMatchTimeout</c> is what is refused.
/// </summary>
internal static class AllowList
{
    /// <summary>Part of the compiled-rule cache key: bump it whenever an entry below changes.</summary>
    public const int Version = 2;

    // Every type of these namespaces (not of their sub-namespaces).
    private static readonly HashSet<string> s_namespaces =
    [
        "ArtifactLint.Api", "System.Collections", "System.Collections.Generic", "System.Collections.ObjectModel",
        "System.Diagnostics.CodeAnalysis",
    ];

    // Types of those namespaces that are not allowed: structural comparison walks arrays and tuples
    // without end when one holds itself, in library code no guard reaches, until the stack overflows.
    private static readonly HashSet<string> s_excluded =
    [
        "System.Collections.StructuralComparisons", "System.Collections.IStructuralEquatable", "System.Collections.IStructuralComparable",
    ];

    // "Namespace.Type" allows every member, "Namespace.Type: a b" only those members,
    // "Namespace.Type -a -b" every member but those.
    private static readonly string[] s_entries =
    [
        // Primitives, strings, numbers, dates.
        "System.Object", "System.ValueType", "System.Enum", "System.Void", "System.String", "System.Char", "System.Boolean",
        "System.Byte", "System.SByte", "System.Int16", "System.UInt16", "System.Int32", "System.UInt32", "System.Int64",
        "System.UInt64", "System.Int128", "System.UInt128", "System.IntPtr", "System.UIntPtr", "System.Single", "System.Double",
        "System.Half", "System.Decimal", "System.Math", "System.MathF", "System.MidpointRounding", "System.Convert",
        "System.BitConverter", "System.HashCode", "System.Guid", "System.DateOnly", "System.DateTime", "System.DateTimeKind",
        "System.DateTimeOffset", "System.TimeOnly", "System.TimeSpan", "System.DayOfWeek", "System.StringComparison",
        "System.StringComparer", "System.StringSplitOptions", "System.Nullable", "System.Nullable`1", "System.Index", "System.Range",
        "System.Span`1", "System.ReadOnlySpan`1", "System.Memory`1", "System.ReadOnlyMemory`1", "System.MemoryExtensions",
        "System.Array", "System.FormattableString", "System.IFormattable", "System.IFormatProvider", "System.ISpanFormattable",
        "System.IEquatable`1", "System.IComparable", "System.IComparable`1", "System.IDisposable", "System.Lazy`1",
        "System.Tuple", "System.ValueTuple", "System.Attribute", "System.AttributeUsageAttribute", "System.AttributeTargets",
        "System.FlagsAttribute", "System.ObsoleteAttribute", "System.ParamArrayAttribute", "System.RuntimeTypeHandle",
        "System.RuntimeFieldHandle",
        "System.Type: GetTypeFromHandle op_Equality op_Inequality Equals",
        "System.Delegate: Combine Remove op_Equality op_Inequality",
        "System.Threading.CancellationToken: get_IsCancellationRequested get_CanBeCanceled ThrowIfCancellationRequested get_None Equals",
        "System.Threading.Interlocked: CompareExchange",

        // What the compiler writes into an iterator method ('yield return'): which thread asked for the enumerator.
        "System.Environment: get_CurrentManagedThreadId",

        // Exceptions a rule may throw or catch.
        "System.Exception", "System.SystemException", "System.ApplicationException", "System.ArgumentException",
        "System.ArgumentNullException", "System.ArgumentOutOfRangeException", "System.InvalidOperationException",
        "System.NotSupportedException", "System.NotImplementedException", "System.FormatException", "System.OverflowException",
        "System.ArithmeticException", "System.DivideByZeroException", "System.NullReferenceException",
        "System.IndexOutOfRangeException", "System.InvalidCastException", "System.OperationCanceledException",

        // Text, culture-invariant formatting, LINQ, Regex.
        "System.Text.StringBuilder", "System.Text.Rune", "System.Text.NormalizationForm",
        "System.Globalization.CultureInfo", "System.Globalization.NumberStyles", "System.Globalization.DateTimeStyles",
        "System.Globalization.CompareOptions", "System.Globalization.NumberFormatInfo", "System.Globalization.DateTimeFormatInfo",
        "System.Globalization.ISOWeek", "System.Globalization.UnicodeCategory", "System.Globalization.CompareInfo",
        "System.Globalization.TextInfo",
        "System.Linq.Enumerable", "System.Linq.IGrouping`2", "System.Linq.ILookup`2", "System.Linq.IOrderedEnumerable`1", "System.Linq.Lookup`2",
        "System.Text.RegularExpressions.Regex -InfiniteMatchTimeout", "System.Text.RegularExpressions.Match",
        "System.Text.RegularExpressions.MatchCollection", "System.Text.RegularExpressions.Group",
        "System.Text.RegularExpressions.GroupCollection", "System.Text.RegularExpressions.Capture",
        "System.Text.RegularExpressions.CaptureCollection", "System.Text.RegularExpressions.RegexOptions",
        "System.Text.RegularExpressions.RegexMatchTimeoutException", "System.Text.RegularExpressions.ValueMatch",
        "System.Text.RegularExpressions.MatchEvaluator",

        // The guard the engine inserts.
        "ArtifactLint.Scripting.RuleGuard",

        // Compiler plumbing: attributes, closures, interpolation, records, switch expressions, the script's own async shell.
        "System.Runtime.CompilerServices.CompilerGeneratedAttribute", "System.Runtime.CompilerServices.ExtensionAttribute",
        "System.Runtime.CompilerServices.NullableAttribute", "System.Runtime.CompilerServices.NullableContextAttribute",
        "System.Runtime.CompilerServices.NullablePublicOnlyAttribute", "System.Runtime.CompilerServices.IsReadOnlyAttribute",
        "System.Runtime.CompilerServices.IsByRefLikeAttribute", "System.Runtime.CompilerServices.RefSafetyRulesAttribute",
        "System.Runtime.CompilerServices.TupleElementNamesAttribute", "System.Runtime.CompilerServices.IteratorStateMachineAttribute",
        "System.Runtime.CompilerServices.AsyncStateMachineAttribute", "System.Runtime.CompilerServices.CompilationRelaxationsAttribute",
        "System.Runtime.CompilerServices.RuntimeCompatibilityAttribute", "System.Runtime.CompilerServices.IsUnmanagedAttribute",
        "System.Runtime.CompilerServices.ScopedRefAttribute", "System.Runtime.CompilerServices.IsExternalInit",
        "System.Runtime.CompilerServices.RequiredMemberAttribute", "System.Runtime.CompilerServices.SetsRequiredMembersAttribute",
        "System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute", "System.Runtime.CompilerServices.ParamCollectionAttribute",
        "System.Runtime.CompilerServices.InlineArrayAttribute", "System.Runtime.CompilerServices.DefaultInterpolatedStringHandler",
        "System.Runtime.CompilerServices.InterpolatedStringHandlerAttribute",
        "System.Runtime.CompilerServices.InterpolatedStringHandlerArgumentAttribute", "System.Runtime.CompilerServices.FormattableStringFactory",
        "System.Runtime.CompilerServices.SwitchExpressionException", "System.Runtime.CompilerServices.ITuple",
        "System.Runtime.CompilerServices.IAsyncStateMachine", "System.Runtime.CompilerServices.PreserveBaseOverridesAttribute",
        "System.Runtime.CompilerServices.RuntimeHelpers: InitializeArray CreateSpan GetSubArray EnsureSufficientExecutionStack TryEnsureSufficientExecutionStack IsReferenceOrContainsReferences",
        "System.Runtime.CompilerServices.AsyncTaskMethodBuilder`1: Create Start get_Task SetResult SetException SetStateMachine",
        "System.Threading.Tasks.Task`1:",
        "System.Runtime.InteropServices.CollectionsMarshal: SetCount AsSpan",
        "System.Runtime.InteropServices.InAttribute",
        "System.Reflection.DefaultMemberAttribute",
        "System.Diagnostics.DebuggableAttribute", "System.Diagnostics.DebuggerHiddenAttribute",
        "System.Diagnostics.DebuggerStepThroughAttribute", "System.Diagnostics.DebuggerBrowsableAttribute",
        "System.Diagnostics.DebuggerBrowsableState", "System.Diagnostics.DebuggerDisplayAttribute",
        "System.Diagnostics.DebuggerNonUserCodeAttribute", "System.Diagnostics.UnreachableException",
    ];

    private static readonly Dictionary<string, TypeEntry> s_types = s_entries.Select(Parse).ToDictionary(e => e.Name, StringComparer.Ordinal);

    /// <summary>
    /// Whether rule code may use <paramref name="type"/> (a metadata name such as <c>List`1</c>,
    /// outermost type for nested ones) of <paramref name="ns"/>, and its <paramref name="member"/>
    /// (a metadata name such as <c>get_Count</c>) when given.
    /// </summary>
    public static bool IsAllowed(string ns, string type, string? member)
    {
        if (s_namespaces.Contains(ns))
        {
            return !s_excluded.Contains(ns + "." + type);
        }

        if (type.StartsWith("ValueTuple`", StringComparison.Ordinal) || type.StartsWith("Tuple`", StringComparison.Ordinal)
            || type.StartsWith("Func`", StringComparison.Ordinal) || type.StartsWith("Action`", StringComparison.Ordinal))
        {
            return ns == "System";
        }

        if (ns == "System" && type is "Action" or "Predicate`1" or "Comparison`1" or "Converter`2")
        {
            return true;
        }

        // InlineArray2`1 ... InlineArray16`1: the buffers of params-span arguments.
        if (ns == "System.Runtime.CompilerServices" && type.StartsWith("InlineArray", StringComparison.Ordinal) && type.EndsWith("`1", StringComparison.Ordinal))
        {
            return true;
        }

        if (!s_types.TryGetValue(ns.Length == 0 ? type : ns + "." + type, out var entry))
        {
            return false;
        }

        return member is null || (entry.Only is { } only ? only.Contains(member) : !entry.Except.Contains(member));
    }

    private static TypeEntry Parse(string entry)
    {
        var colon = entry.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            return new TypeEntry(entry[..colon], entry[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal), []);
        }

        var parts = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new TypeEntry(parts[0], null, parts.Skip(1).Select(p => p.TrimStart('-')).ToHashSet(StringComparer.Ordinal));
    }

    private sealed record TypeEntry(string Name, HashSet<string>? Only, HashSet<string> Except);
}
