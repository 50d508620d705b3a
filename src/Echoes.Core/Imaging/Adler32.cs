namespace Echoes.Imaging;

/// <summary>
/// The Adler-32 checksum that ends a zlib stream (RFC 1950), with the combination of two checksums, so the parts of a
/// stream compressed in parallel are summed separately and joined.
/// </summary>
internal static class Adler32
{
    private const uint Modulus = 65521;
    // The most bytes the sums can take before they must be reduced without overflowing 32 bits.
    private const int Run = 5552;

    /// <summary>The checksum of an empty input.</summary>
    public const uint Empty = 1;

    /// <summary>The checksum of <paramref name="data"/>.</summary>
    public static uint Of(ReadOnlySpan<byte> data)
    {
        uint a = 1, b = 0;
        while (data.Length > 0)
        {
            int n = Math.Min(Run, data.Length);
            foreach (byte x in data[..n]) { a += x; b += a; }
            a %= Modulus; b %= Modulus;
            data = data[n..];
        }
        return b << 16 | a;
    }

    /// <summary>The checksum of the concatenation of a part summed <paramref name="first"/> and one of
    /// <paramref name="secondLength"/> bytes summed <paramref name="second"/>.</summary>
    public static uint Combine(uint first, uint second, long secondLength)
    {
        // a = a1 + a2 − 1; b = b1 + b2 + len2 · (a1 − 1), all modulo 65521.
        ulong len = (ulong)(secondLength % Modulus);
        ulong a1 = first & 0xFFFF, b1 = first >> 16, a2 = second & 0xFFFF, b2 = second >> 16;
        ulong a = (a1 + a2 + Modulus - 1) % Modulus;
        ulong b = (b1 + b2 + len * ((a1 + Modulus - 1) % Modulus)) % Modulus;
        return (uint)(b << 16 | a);
    }
}
