using System.Numerics;
using Newtonsoft.Json.Linq;

namespace ArtifactLint.Schemas;

/// <summary>
/// A number held exactly, as a fraction: YAML numbers come as long, BigInteger, decimal or double, and no one
/// of those holds them all, so comparisons across them (an integer of 30 digits against a decimal bound,
/// 1e-50 against an exclusive minimum of 0) are made on fractions instead.
/// </summary>
internal readonly record struct Rational(BigInteger Numerator, BigInteger Denominator)
{
    /// <summary>The exact value of a JSON number, or null for non-numbers, infinities and not-a-number.</summary>
    public static Rational? Of(JToken token) => token is JValue value ? Of(value.Value) : null;

    public static Rational? Of(object? value) => value switch
    {
        long l => new Rational(l, BigInteger.One),
        int i => new Rational(i, BigInteger.One),
        BigInteger b => new Rational(b, BigInteger.One),
        decimal d => Of(d),
        double d when double.IsFinite(d) => Of(d),
        float f when float.IsFinite(f) => Of((double)f),
        _ => null,
    };

    public static Rational Of(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var magnitude = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        var scale = (bits[3] >> 16) & 0xFF;
        return new Rational(value < 0 ? -magnitude : magnitude, BigInteger.Pow(10, scale));
    }

    private static Rational Of(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1; // subnormal: no hidden bit
        }
        else
        {
            mantissa |= 1L << 52;
        }

        exponent -= 1075;
        BigInteger numerator = value < 0 ? -mantissa : mantissa;
        return exponent >= 0
            ? new Rational(numerator << exponent, BigInteger.One)
            : new Rational(numerator, BigInteger.One << -exponent);
    }

    /// <summary>The same value in lowest terms, so that equal values are equal records.</summary>
    public Rational Reduced()
    {
        var divisor = BigInteger.GreatestCommonDivisor(Numerator, Denominator);
        return divisor.IsOne || divisor.IsZero ? this : new Rational(Numerator / divisor, Denominator / divisor);
    }

    /// <summary>Whether the value has no fractional part.</summary>
    public bool IsInteger => BigInteger.Remainder(Numerator, Denominator).IsZero;

    public int CompareTo(Rational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <summary>Whether this value is a whole multiple of <paramref name="step"/> (which is not zero).</summary>
    public bool IsMultipleOf(Rational step) =>
        step.Numerator.IsZero || BigInteger.Remainder(Numerator * step.Denominator, step.Numerator * Denominator).IsZero;
}
