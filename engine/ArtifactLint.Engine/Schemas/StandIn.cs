using System.Numerics;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Schemas;

/// <summary>
/// What NJsonSchema is given in place of an integer too large for a long: its number checks convert every
/// number to decimal and throw on a <see cref="BigInteger"/> ("Object must implement IConvertible"), which
/// would end the whole run. The stand-in is an integer too, so type checks see the right type; its number
/// and enum verdicts are thrown away and made again on <see cref="Real"/> by <see cref="ValueChecks"/>.
/// </summary>
internal sealed class StandIn : JValue
{
    private StandIn(JValue real)
        : base(0L) => Real = real;

    /// <summary>The value from the front matter.</summary>
    public JValue Real { get; }

    /// <summary>The value a token stands for: a stand-in's real value, or the token itself.</summary>
    public static JToken RealOf(JToken token) => token is StandIn standIn ? standIn.Real : token;

    /// <summary>A stand-in for a value NJsonSchema cannot check, or null when it can check the value itself.</summary>
    public static StandIn? For(JToken token) => token is JValue { Value: BigInteger } value ? new StandIn(value) : null;
}
