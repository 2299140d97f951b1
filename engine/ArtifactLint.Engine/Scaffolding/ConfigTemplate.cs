namespace ArtifactLint.Scaffolding;

/// <summary>The <c>.artifactlint.yml</c> that <c>init</c> writes: the pinned as-of date and every other setting, commented.</summary>
internal static class ConfigTemplate
{
    /// <summary>The config schema's <c>$id</c>, which editors with the YAML language server fetch for completion.</summary>
    public const string SchemaUrl = "https://artifactlint.dev/schemas/artifactlint-config.schema.json";

    public static string Text(ExampleDates dates) => $$"""
        # yaml-language-server: $schema={{SchemaUrl}}
        # ArtifactLint configuration. Every key is optional; paths are relative to this file's folder.

        # "Today" for time-based rules (overdue items, stale ideas, the active sprint) is the real date. The
        # examples were written around {{dates.Today}}, the day `artifactlint init` ran: as time passes their
        # sprint ends and their dates fall due, as real documents' do. Pin a date only for fixtures and demos:
        # as_of: {{dates.Today}}

        # Which Markdown files are documents (default: every .md file) and which are not.
        # include: ["**/*.md"]
        # exclude: ["README.md", "drafts/**"]

        # Move a kind's documents elsewhere, or add a kind of your own with its JSON Schema.
        # kinds:
        #   backlog-item: { paths: ["product/backlog/**/*.md"] }
        #   persona: { paths: ["personas/*.md"], schema: schemas/persona.schema.json }

        # The backlog-item workflow; each list is a subset of 'statuses'.
        # workflow:
        #   statuses: [new, refined, ready, in-progress, review, done, dropped]
        #   ready: [ready, in-progress, review, done]
        #   in_progress: [in-progress, review]
        #   done: [done]
        #   dropped: [dropped]

        # Severity (off | info | warning | error) and options per rule, by id or name.
        # `artifactlint rules list` shows every rule; `artifactlint rules explain ID` its page.
        # rules:
        #   AL3001: error
        #   sprint-capacity: { severity: warning, options: { warn_at: 0.9 } }

        # Your team's own .csx rules, the id prefix `rules new` gives them, and what one rule may use.
        # rule_paths: [policy/rules]
        # rule_prefix: ACME
        # rule_timeout: 5s
        # rule_memory: 512MB

        # A document larger than this is not read (AL0009): an export or a log committed by mistake.
        # max_file_size: 10MB

        # Findings recorded with `artifactlint lint --update-baseline` are not reported again.
        # baseline: .artifactlint-baseline.json

        """;
}
