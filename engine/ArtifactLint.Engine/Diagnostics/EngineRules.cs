using ArtifactLint.Api;

namespace ArtifactLint.Diagnostics;

/// <summary>The engine's own diagnostics (AL0xxx and AL1xxx): listed by <c>rules list</c> with source <c>engine</c>.</summary>
internal static class EngineRules
{
    public static readonly RuleDescriptor YamlSyntax = Engine("AL0001", "yaml-syntax", "Front matter is not valid YAML", Severity.Error);
    public static readonly RuleDescriptor RuleCompileError = Engine("AL0002", "rule-compile-error", "A rule does not compile", Severity.Error);
    public static readonly RuleDescriptor RuleFailed = Engine("AL0003", "rule-failed", "A rule threw an exception", Severity.Error);
    public static readonly RuleDescriptor RuleTimeout = Engine("AL0004", "rule-timeout", "A rule ran past its time limit", Severity.Error);
    public static readonly RuleDescriptor RuleForbiddenApi = Engine("AL0005", "rule-forbidden-api", "A rule uses an API outside the allow-list", Severity.Error);
    public static readonly RuleDescriptor ConfigError = Engine("AL0006", "config-error", "The configuration file is invalid", Severity.Error);
    public static readonly RuleDescriptor UnusedSuppression = Engine("AL0007", "unused-suppression", "A suppression suppresses nothing", Severity.Warning);
    public static readonly RuleDescriptor InvalidSuppression = Engine("AL0008", "invalid-suppression", "A suppression has no reason, names an unknown rule, or cannot be read", Severity.Error);
    public static readonly RuleDescriptor UnreadableFile = Engine("AL0009", "unreadable-file", "A file is binary, not UTF-8, unreadable, a link loop, not a regular file, larger than max_file_size, or outside the workspace", Severity.Error);
    public static readonly RuleDescriptor UnenforcedSchemaKeyword = Engine("AL0010", "unenforced-schema-keyword", "A schema uses a keyword the validator does not enforce", Severity.Warning);
    public static readonly RuleDescriptor InvalidSchema = Engine("AL0011", "invalid-schema", "A schema file is not valid JSON or not a valid schema", Severity.Error);
    public static readonly RuleDescriptor RuleLoadError = Engine("AL0012", "rule-load-error", "A rule returns no Rule, or two rules share an id", Severity.Error);
    public static readonly RuleDescriptor BaselineError = Engine("AL0013", "baseline-error", "The baseline file is unreadable", Severity.Error);
    public static readonly RuleDescriptor RuleMemoryExceeded = Engine("AL0014", "rule-memory-exceeded", "A rule allocated more memory than its budget", Severity.Error);
    public static readonly RuleDescriptor BodyNotChecked = Engine("AL0015", "body-not-checked", "Part of a document's body is not checked: it is too long or not readable Markdown", Severity.Warning);
    public static readonly RuleDescriptor SchemaViolation = Schema("AL1001", "schema-violation", "Front matter does not match its kind's schema", Severity.Error);
    public static readonly RuleDescriptor UnknownKind = Schema("AL1002", "unknown-kind", "'kind' names no known kind", Severity.Error);
    public static readonly RuleDescriptor DuplicateId = Schema("AL1003", "duplicate-id", "Two artifacts share an id", Severity.Error);
    public static readonly RuleDescriptor UnknownProperty = Schema("AL1004", "unknown-property", "A property the kind's schema does not define", Severity.Warning);
    public static readonly RuleDescriptor NoKind = Schema("AL1005", "no-kind", "Front matter in a file no kind applies to", Severity.Warning);

    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        YamlSyntax, RuleCompileError, RuleFailed, RuleTimeout, RuleForbiddenApi, ConfigError, UnusedSuppression,
        InvalidSuppression, UnreadableFile, UnenforcedSchemaKeyword, InvalidSchema, RuleLoadError, BaselineError, RuleMemoryExceeded,
        BodyNotChecked,
        SchemaViolation, UnknownKind, DuplicateId, UnknownProperty, NoKind,
    ];

    /// <summary>
    /// Engine failures (a rule that does not compile, load, run or finish; a broken config, schema or
    /// baseline) say the tool could not do its job: hiding them (inline, or in a baseline) would hide that the check did not happen.
    /// </summary>
    public static bool IsEngineFailure(string id) =>
        id is "AL0002" or "AL0003" or "AL0004" or "AL0005" or "AL0006" or "AL0011" or "AL0012" or "AL0013" or "AL0014";

    /// <summary>Diagnostics that mean the tool could not do its job: the run exits 2 after reporting.</summary>
    public static bool IsToolFailure(string id) =>
        id is "AL0002" or "AL0003" or "AL0004" or "AL0005" or "AL0012" or "AL0014";

    // Engine messages are composed by the code that reports them: the descriptors declare none.
    private static RuleDescriptor Engine(string id, string name, string title, Severity severity) =>
        new(id, name, title, "Engine", severity);

    private static RuleDescriptor Schema(string id, string name, string title, Severity severity) =>
        new(id, name, title, "Schema", severity);
}
