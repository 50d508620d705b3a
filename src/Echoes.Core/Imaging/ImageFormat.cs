namespace Echoes.Imaging;

/// <summary>The raster formats a <see cref="Canvas"/> can be encoded in.</summary>
public enum ImageFormat
{
    /// <summary>PNG: lossless, and carries a resolution and text entries (<see cref="Canvas.Text"/>).</summary>
    Png,

    /// <summary>JPEG, at a quality from 1 to 100.</summary>
    Jpeg,

    /// <summary>WebP (lossy), at a quality from 1 to 100.</summary>
    Webp,
}
