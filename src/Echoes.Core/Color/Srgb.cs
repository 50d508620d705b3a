using System.Runtime.Intrinsics;

namespace Echoes.Color;

/// <summary>The sRGB transfer function (IEC 61966-2-1), both directions.</summary>
internal static class Srgb
{
    private static readonly float[] Decode8 = BuildDecodeTable();
    // 4096-entry encode table: linear [0,1] -> sRGB byte, fine enough that every byte round-trips.
    private const int EncodeSize = 4096;
    private static readonly byte[] Encode12 = BuildEncodeTable();

    /// <summary>Linear value of an sRGB-encoded value in [0, 1].</summary>
    public static float ToLinear(float v) =>
        v <= 0.04045f ? v / 12.92f : MathF.Pow((v + 0.055f) / 1.055f, 2.4f);

    /// <summary>sRGB-encoded value of a linear value in [0, 1].</summary>
    public static float FromLinear(float v) =>
        v <= 0.0031308f ? v * 12.92f : 1.055f * MathF.Pow(v, 1f / 2.4f) - 0.055f;

    /// <summary>Linear value of an 8-bit sRGB code (table lookup).</summary>
    public static float ToLinear8(byte v) => Decode8[v];

    /// <summary>8-bit sRGB code of a linear value, clamped, rounded to nearest.</summary>
    public static byte ToByte(float linear)
    {
        if (!(linear > 0f)) return 0;
        if (linear >= 1f) return 255;
        // The table is built on a square-root axis, so dark values (where sRGB is steep) get more entries.
        return Encode12[(int)(MathF.Sqrt(linear) * (EncodeSize - 1) + 0.5f)];
    }

    /// <summary>Linear value of an encoded value (clamped to [0, 1]), from a table: fast enough for per-pixel mixing.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static float Decode(float encoded) => Lookup(DecodeTable, encoded);

    /// <summary>Encoded value of a linear value (clamped to [0, 1]), from a table on a square-root axis.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static float Encode(float linear) => Lookup(EncodeTable, MathF.Sqrt(MathF.Max(linear, 0f)));

    /// <summary><see cref="Decode"/> of eight values: the same lookup, so the same bits.</summary>
    public static Vector256<float> DecodeLanes(Vector256<float> encoded) => LookupLanes(DecodeTable, encoded);

    /// <summary><see cref="Encode"/> of eight values: the same lookup, so the same bits.</summary>
    public static Vector256<float> EncodeLanes(Vector256<float> linear) =>
        LookupLanes(EncodeTable, Vector256.Sqrt(Vector256.MaxNative(linear, Vector256<float>.Zero)));

    private const int TableSize = 1024;
    private static readonly float[] DecodeTable = Tabulate(x => ToLinear(x));
    private static readonly float[] EncodeTable = Tabulate(s => FromLinear(s * s));

    // Piecewise-linear lookup of a table sampled at TableSize + 1 points over [0, 1].
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static float Lookup(float[] table, float x)
    {
        float f = Math.Clamp(x, 0f, 1f) * TableSize;
        int i = Math.Min((int)f, TableSize - 1);
        return table[i] + (f - i) * (table[i + 1] - table[i]);
    }

    // Lookup in eight lanes: the clamp, index and interpolation of the one-value form, in its order.
    private static Vector256<float> LookupLanes(float[] table, Vector256<float> x)
    {
        var f = Vector256.MinNative(Vector256.MaxNative(x, Vector256<float>.Zero), Vector256<float>.One) * TableSize;
        return TableLanes.Interpolate(table, f, TableSize);
    }

    private static float[] Tabulate(Func<float, float> f)
    {
        var t = new float[TableSize + 1];
        for (int i = 0; i <= TableSize; i++) t[i] = f(i / (float)TableSize);
        return t;
    }

    private static float[] BuildDecodeTable()
    {
        var t = new float[256];
        for (int i = 0; i < 256; i++) t[i] = ToLinear(i / 255f);
        return t;
    }

    private static byte[] BuildEncodeTable()
    {
        var t = new byte[EncodeSize];
        for (int i = 0; i < EncodeSize; i++)
        {
            float s = i / (float)(EncodeSize - 1);
            t[i] = (byte)Math.Clamp((int)MathF.Round(FromLinear(s * s) * 255f), 0, 255);
        }
        return t;
    }
}
