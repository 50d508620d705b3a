using System.Buffers;
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Echoes.Rendering;

/// <summary>
/// Makes the paint relief visible: a normal from the height field (in logical units, so the look is the same at any
/// size) lit from the upper left, diffuse only (a glossy highlight would turn every ridge into a bright line, the look
/// of plastic laminate); then quantizes the (already sRGB-encoded) colour to bytes.
/// </summary>
internal static class LightPass
{
    // Light from the upper left and a little in front (image y runs downward).
    private static readonly (float X, float Y, float Z) L = Normalize(-0.55f, -0.7f, 1f);
    // How far a tilted surface departs from the flat one's brightness: modest, so relief shades and never outlines.
    private const float Diffuse = 1.4f;
    // The slope at which the light starts to saturate: a steep flank shades like a moderate one instead of lighting up
    // as a glossy line, while the gentle slopes of grooves and swellings keep their full, linear response.
    private const float Knee = 1f;

    /// <summary>Writes band rows [1, rows−1) (row 0 and the last are halo) into <paramref name="rgba"/>.</summary>
    public static void Apply(ReadOnlySpan<float> color, ReadOnlySpan<float> height, int width, int bandRows, float pixelsPerUnit, float relief,
        bool impasto, float warmth, Span<byte> rgba)
    {
        // Warm light yellows the whole painting a little; cold light blues it.
        float tr = 1f + 0.07f * warmth, tg = 1f + 0.015f * warmth, tb = 1f - 0.09f * warmth;
        float k = 0.5f * pixelsPerUnit * relief;
        var shades = ArrayPool<float>.Shared.Rent(width);
        for (int r = 1; r < bandRows - 1; r++)
        {
            var outRow = rgba.Slice((r - 1) * width * 4, width * 4);
            int row = r * width;
            if (impasto) Shades(height, row, width, k, shades);
            Quantize(color.Slice(row * 3, width * 3), impasto ? shades.AsSpan(0, width) : default, tr, tg, tb, outRow);
        }
        ArrayPool<float>.Shared.Return(shades);
    }

    /// <summary>One row to bytes: its colour (interleaved R, G, B) times its shades (none: no relief) and the light's
    /// tint, as RGBA; eight pixels at a time where AVX2 is there, with the one-pixel arithmetic per lane, so the bytes do
    /// not depend on the path.</summary>
    internal static void Quantize(ReadOnlySpan<float> rgb, ReadOnlySpan<float> shades, float tr, float tg, float tb, Span<byte> rgba)
    {
        int width = rgb.Length / 3, x = 0;
        bool shaded = !shades.IsEmpty;
        if (Avx2.IsSupported)
        {
            var opaque = Vector256.Create(255 << 24);
            for (; x + 8 <= width; x += 8)
            {
                var (r, g, b) = PixelLanes.Split(rgb[(x * 3)..]);
                if (shaded)
                {
                    var shade = Vector256.Create(shades[x..]);
                    r *= shade; g *= shade; b *= shade;
                }
                var px = ToByte(r * tr) | ToByte(g * tg) << 8 | ToByte(b * tb) << 16 | opaque;
                px.AsByte().CopyTo(rgba[(x * 4)..]);
            }
        }
        for (; x < width; x++)
        {
            float cr = rgb[x * 3], cg = rgb[x * 3 + 1], cb = rgb[x * 3 + 2];
            if (shaded)
            {
                float shade = shades[x];
                cr *= shade; cg *= shade; cb *= shade;
            }
            cr *= tr; cg *= tg; cb *= tb;
            int o = x * 4;
            rgba[o] = ToByte(cr); rgba[o + 1] = ToByte(cg); rgba[o + 2] = ToByte(cb); rgba[o + 3] = 255;
        }
    }

    // ToByte per lane: clamping before truncating gives what truncating and then clamping does.
    private static Vector256<int> ToByte(Vector256<float> encoded) => Vector256.ConvertToInt32Native(
        Vector256.MinNative(Vector256.MaxNative(encoded * 255f + Vector256.Create(0.5f), Vector256<float>.Zero), Vector256.Create(255f)));

    // The diffuse shade of each pixel of a row from the height field's slope: whole vectors inside the row, one pixel at
    // a time at its ends (same arithmetic, so the bytes do not depend on the path).
    private static void Shades(ReadOnlySpan<float> height, int row, int width, float k, float[] shades)
    {
        int x = 1, w = Vector<float>.Count;
        shades[0] = Shade(height, row, width, 0, k);
        var vk = new Vector<float>(k);
        var lx = new Vector<float>(L.X); var ly = new Vector<float>(L.Y); var lz = new Vector<float>(L.Z);
        for (; x + w <= width - 1; x += w)
        {
            var gx = (new Vector<float>(height[(row + x + 1)..]) - new Vector<float>(height[(row + x - 1)..])) * vk;
            var gy = (new Vector<float>(height[(row + width + x)..]) - new Vector<float>(height[(row - width + x)..])) * vk;
            var g2 = gx * gx + gy * gy;
            var soft = Vector<float>.One / Vector.SquareRoot(Vector<float>.One + g2 * new Vector<float>(1f / (Knee * Knee)));
            gx *= soft; gy *= soft;
            var inv = Vector<float>.One / Vector.SquareRoot(g2 * soft * soft + Vector<float>.One);
            var diffuse = (-gx * inv * lx + -gy * inv * ly + inv * lz) / lz;
            var shade = Vector<float>.One + new Vector<float>(Diffuse) * (diffuse - Vector<float>.One);
            Vector.MinNative(Vector.MaxNative(shade, new Vector<float>(0.6f)), new Vector<float>(1.4f)).CopyTo(shades, x);
        }
        for (; x < width; x++) shades[x] = Shade(height, row, width, x, k);
    }

    private static float Shade(ReadOnlySpan<float> height, int row, int width, int x, float k)
    {
        int xl = x > 0 ? x - 1 : x, xr = x + 1 < width ? x + 1 : x;
        float gx = (height[row + xr] - height[row + xl]) * k;
        float gy = (height[row + width + x] - height[row - width + x]) * k;
        float g2 = gx * gx + gy * gy;
        float soft = 1f / MathF.Sqrt(1f + g2 * (1f / (Knee * Knee)));
        gx *= soft; gy *= soft;
        float inv = 1f / MathF.Sqrt(g2 * soft * soft + 1f);
        float nx = -gx * inv, ny = -gy * inv, nz = inv;
        float diffuse = (nx * L.X + ny * L.Y + nz * L.Z) / L.Z;
        return Math.Clamp(1f + Diffuse * (diffuse - 1f), 0.6f, 1.4f);
    }

    private static byte ToByte(float encoded) => (byte)Math.Clamp((int)(encoded * 255f + 0.5f), 0, 255);

    private static (float, float, float) Normalize(float x, float y, float z)
    {
        float n = MathF.Sqrt(x * x + y * y + z * z);
        return (x / n, y / n, z / n);
    }
}
