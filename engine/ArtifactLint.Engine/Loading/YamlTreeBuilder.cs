using ArtifactLint.Api;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ArtifactLint.Loading;

/// <summary>
/// Builds JSON tokens straight from YamlDotNet's event stream (no JSON-string round trip), each carrying
/// the file span of its text or key (<see cref="ISpannedToken"/>), and reports what YAML allows but a
/// front matter must not have.
/// </summary>
internal sealed class YamlTreeBuilder
{
    private const int MaxNodes = 10_000;
    private const int MaxDepth = 64;

    private readonly IParser _parser;
    private readonly string _path;
    private readonly int _lineOffset;
    private readonly List<Diagnostic> _diagnostics;
    private readonly Stack<Mark> _openFlow = new(0);
    private Dictionary<string, Anchored>? _anchors;
    private int _nodeCount;

    public YamlTreeBuilder(IParser parser, string path, int firstLine, List<Diagnostic> diagnostics)
    {
        _parser = parser;
        _path = path;
        _lineOffset = firstLine - 1;
        _diagnostics = diagnostics;
    }

    /// <summary>Where quoted and block scalars are (index ranges): a <c>#</c> or a tab inside them is text.</summary>
    public List<(long Start, long End)> TextRanges { get; } = [];

    /// <summary>The innermost <c>[</c> or <c>{</c> not yet closed, to point at when the parser gives up.</summary>
    public Mark? OpenFlow => _openFlow.Count > 0 ? _openFlow.Peek() : null;

    /// <summary>The start of the last event read, for errors that carry no position.</summary>
    public Mark LastMark { get; private set; } = Mark.Empty;

    public JToken? Build()
    {
        _parser.Consume<StreamStart>();
        if (_parser.TryConsume<StreamEnd>(out _))
        {
            return null;
        }

        _parser.Consume<DocumentStart>();
        var root = ReadNode(1);
        _parser.Consume<DocumentEnd>();
        if (_parser.Accept<DocumentStart>(out var second))
        {
            Report(second.Start, "a second YAML document starts here, but only one is allowed: remove the '---' line");
        }

        return root;
    }

    private JToken ReadNode(int depth)
    {
        var current = _parser.Current ?? throw new InvalidOperationException("the YAML ended early");
        LastMark = current.Start;
        if (depth > MaxDepth)
        {
            Stop(current.Start, $"values are nested more than {MaxDepth} levels deep here: flatten the structure");
        }

        return current switch
        {
            Scalar scalar => ReadScalar(scalar),
            SequenceStart sequence => ReadSequence(sequence, depth),
            MappingStart mapping => ReadMapping(mapping, depth),
            AnchorAlias alias => ReadAlias(alias, depth),
            _ => throw new YamlException(current.Start, current.End, "did not find a value here"),
        };
    }

    private SpannedValue ReadScalar(Scalar scalar)
    {
        _parser.MoveNext();
        Count(1, scalar.Start);
        if (scalar.Style != ScalarStyle.Plain)
        {
            TextRanges.Add((scalar.Start.Index, scalar.End.Index));
        }

        var resolved = scalar.Tag.IsEmpty
            ? scalar.Style == ScalarStyle.Plain ? ScalarResolver.Resolve(scalar.Value) : scalar.Value
            : Tagged(scalar);
        var value = new SpannedValue(resolved is string text ? SharedStrings.Share(text) : resolved, Span(scalar.Start, scalar.End));
        Anchor(scalar, value, 1, scalar.Value);
        return value;
    }

    private object? Tagged(Scalar scalar)
    {
        var tagged = YamlTags.Scalar(scalar.Tag.Value, scalar.Value);
        if (tagged.Error is { } error)
        {
            Report(scalar.Start, error);
        }

        return tagged.Value;
    }

    private void CheckTag(NodeEvent node, bool isList)
    {
        if (!node.Tag.IsEmpty && YamlTags.Collection(node.Tag.Value, isList) is { } error)
        {
            Report(node.Start, error);
        }
    }

    private SpannedArray ReadSequence(SequenceStart start, int depth)
    {
        _parser.MoveNext();
        CheckTag(start, isList: true);
        var before = Count(1, start.Start);
        var array = new SpannedArray(Span(start.Start, start.Start));
        OpenFlowIf(start.Style == SequenceStyle.Flow, start.Start);
        SequenceEnd end;
        while (!_parser.TryConsume(out end!))
        {
            array.Add(ReadNode(depth + 1));
        }

        // A flow list (`goals: [G-1, G-2]`) spans to its closing bracket, so a finding about the list marks all of it.
        if (start.Style == SequenceStyle.Flow)
        {
            array.Span = Span(start.Start, end.End);
        }

        CloseFlowIf(start.Style == SequenceStyle.Flow);
        Anchor(start, array, _nodeCount - before, null);
        return array;
    }

    private SpannedObject ReadMapping(MappingStart start, int depth)
    {
        _parser.MoveNext();
        CheckTag(start, isList: false);
        var before = Count(1, start.Start);
        var mapping = new SpannedObject(Span(start.Start, start.Start));
        OpenFlowIf(start.Style == MappingStyle.Flow, start.Start);
        while (!_parser.TryConsume<MappingEnd>(out _))
        {
            var keyEvent = _parser.Current!;
            var name = ReadKey(keyEvent, depth + 1);
            var value = ReadNode(depth + 1);
            if (name is null)
            {
                continue;
            }

            if (mapping.Property(name, StringComparison.Ordinal) is SpannedProperty first)
            {
                Report(keyEvent.Start, $"'{Excerpt.Of(name)}' is defined twice (first at line {first.Span.Line}); keep one");
                continue;
            }

            mapping.Add(new SpannedProperty(name, value, Span(keyEvent.Start, keyEvent.End)));
        }

        CloseFlowIf(start.Style == MappingStyle.Flow);
        Anchor(start, mapping, _nodeCount - before, null);
        return mapping;
    }

    // JSON property names are text: a scalar key keeps its text as written (1, true, ~); a list or a mapping cannot be a name.
    private string? ReadKey(ParsingEvent keyEvent, int depth)
    {
        switch (keyEvent)
        {
            case Scalar scalar:
                ReadScalar(scalar);
                return SharedStrings.Share(scalar.Value);
            case AnchorAlias alias when FindAnchor(alias) is { KeyText: not null } anchored:
                _parser.MoveNext();
                return anchored.KeyText;
            case AnchorAlias alias when FindAnchor(alias) is null:
                ReadAlias(alias, depth);
                return null;
            default:
                ReadNode(depth);
                Report(keyEvent.Start, "a property name must be text, not a list or a mapping: write the name as a plain word before the ':'");
                return null;
        }
    }

    private JToken ReadAlias(AnchorAlias alias, int depth)
    {
        _parser.MoveNext();
        var name = alias.Value.Value;
        if (FindAnchor(alias) is not { } anchored)
        {
            Report(alias.Start, $"'*{Excerpt.Of(name)}' refers to no anchor: define '&{Excerpt.Of(name)}' on a value before this line, or write the value out");
            return new SpannedValue(null, Span(alias.Start, alias.End));
        }

        if (_nodeCount + anchored.NodeCount > MaxNodes || depth + AliasCopy.Height(anchored.Token) - 1 > MaxDepth)
        {
            Stop(alias.Start, $"the alias '*{Excerpt.Of(name)}' would expand the YAML past {MaxNodes:N0} values or {MaxDepth} levels (a \"billion laughs\" pattern): write the values out instead of nesting aliases");
        }

        Count(anchored.NodeCount, alias.Start);
        return AliasCopy.Create(anchored.Token, Span(alias.Start, alias.End));
    }

    private int Count(int nodes, Mark at)
    {
        var before = _nodeCount;
        _nodeCount += nodes;
        if (_nodeCount > MaxNodes)
        {
            Stop(at, $"the YAML holds more than {MaxNodes:N0} values: split it or remove repeated values");
        }

        return before;
    }

    private void Anchor(NodeEvent node, JToken token, int nodeCount, string? keyText)
    {
        if (!node.Anchor.IsEmpty)
        {
            _anchors ??= new Dictionary<string, Anchored>(StringComparer.Ordinal);
            _anchors[node.Anchor.Value] = new Anchored(token, nodeCount, keyText);
        }
    }

    private Anchored? FindAnchor(AnchorAlias alias) =>
        _anchors is not null && _anchors.TryGetValue(alias.Value.Value, out var anchored) ? anchored : null;

    private void OpenFlowIf(bool isFlow, Mark start)
    {
        if (isFlow)
        {
            _openFlow.Push(start);
        }
    }

    private void CloseFlowIf(bool isFlow)
    {
        if (isFlow)
        {
            _openFlow.Pop();
        }
    }

    private SourceSpan Span(Mark start, Mark end) =>
        new((int)start.Line + _lineOffset, (int)start.Column, (int)end.Line + _lineOffset, (int)end.Column);

    private void Report(Mark at, string message) =>
        _diagnostics.Add(LoadingDiagnostics.Yaml(_path, (int)at.Line + _lineOffset, (int)at.Column, message));

    private void Stop(Mark at, string message)
    {
        Report(at, message);
        throw new YamlStop();
    }
}
