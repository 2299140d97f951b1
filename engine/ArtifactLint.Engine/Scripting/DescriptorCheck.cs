using System.Text.RegularExpressions;
using ArtifactLint.Api;

namespace ArtifactLint.Scripting;

/// <summary>
/// A rule's descriptor made plain data the engine can trust: its <see cref="RuleDescriptor.Kinds"/>
/// copied (a rule may pass its own list type, whose code would then run on the engine's threads,
/// outside its guards), and every field checked, since reports, suppressions and the config all key on them.
/// </summary>
internal static partial class DescriptorCheck
{
    /// <summary>The descriptor with its kinds copied; called on the rule's thread, under its guards.</summary>
    public static RuleDescriptor Plain(RuleDescriptor descriptor) => descriptor with
    {
        Kinds = descriptor.Kinds?.ToArray() ?? [],
        Messages = descriptor.Messages is null ? [] : new RuleMessages(descriptor.Messages.ToArray()),
        Options = descriptor.Options?.ToArray() ?? [],
    };

    /// <summary>What is wrong with a plain descriptor, completing "the rule's descriptor ...", or null.</summary>
    public static string? Problem(RuleDescriptor descriptor) => descriptor switch
    {
        { Id: null or "" } => "has no Id: give it one such as ACME001",
        { Id: var id } when !IdPattern().IsMatch(id) =>
            $"has the Id '{Excerpt.Of(id)}': an id is a letter, then up to 63 letters, digits, '-', '_' or '.' (ACME001)",
        { Name: null or "" } => "has no Name: give it a kebab-case name such as item-has-owner",
        { Name: var name } when !NamePattern().IsMatch(name) =>
            $"has the Name '{Excerpt.Of(name)}': a name is up to 100 letters, digits, '-', '_' or '.' (item-has-owner)",
        { Title: null } => "has no Title: say in one line what the rule checks",
        { Messages.Count: 0 } => "has no Messages: write the sentence each finding says, as Messages = new() { [\"id\"] = \"...\" }",
        { Messages: var messages } when MessageProblem(messages) is { } problem => problem,
        { Category: null } => "has no Category: use the team's own, or Completeness, Traceability, Planning or Lifecycle",
        { DefaultSeverity: var severity } when !Enum.IsDefined(severity) =>
            $"has the severity {(int)severity}, which is none of Severity.Error, Severity.Warning and Severity.Info",
        { Kinds: var kinds } when kinds.Any(k => k is null) => "lists a null kind in Kinds",
        { Options: var options } when options.Any(o => o is null) => "lists a null option in Options",
        _ => null,
    };

    private static string? MessageProblem(RuleMessages messages)
    {
        foreach (var message in messages)
        {
            if (message.Id is null || !MessageIdPattern().IsMatch(message.Id))
            {
                return $"has a message id '{Excerpt.Of(message.Id)}': a message id is lowercase letters, digits and '-' (over-capacity)";
            }

            if (message.Format is null)
            {
                return $"has no text for message '{message.Id}': write the sentence its findings say";
            }

            if (message.Template.Problem is { } problem)
            {
                return $"has a message '{message.Id}' that {problem}";
            }
        }

        return null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex MessageIdPattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_.-]{0,63}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")]
    private static partial Regex NamePattern();
}
