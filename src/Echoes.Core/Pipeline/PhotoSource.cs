using Echoes.Imaging;
using Echoes.Moods;
using Echoes.Painting;
using Echoes.Strokes;
using Echoes.Targets;

namespace Echoes.Pipeline;

/// <summary>A photograph to paint, decoded no larger than the painter's working size needs.</summary>
public sealed class PhotoSource : ISource
{
    private PhotoSource(Picture picture) => Picture = picture;

    /// <summary>The photograph, reduced for painting; <see cref="Picture.SourceSize"/> is its size as given.</summary>
    public Picture Picture { get; }

    /// <inheritdoc/>
    public (int Width, int Height) Size => Picture.SourceSize;

    /// <summary>Reads a photograph for painting with <paramref name="style"/>, whose options are checked first (a wrong
    /// option is reported before the file is read).</summary>
    /// <exception cref="EchoesException">An option is out of range, or the file is missing, unreadable or too large.</exception>
    public static PhotoSource Load(string path, PaintOptions style)
    {
        style.Validate();
        return new PhotoSource(Picture.Load(path, Painter.WorkingSizeFor(style)));
    }

    /// <summary>Decodes a photograph for painting with <paramref name="style"/>, whose options are checked first.</summary>
    /// <exception cref="EchoesException">An option is out of range, or the data is not an image or is too large.</exception>
    public static PhotoSource Decode(byte[] data, string name, PaintOptions style, long maxPixels = Limits.MaxInputPixels)
    {
        style.Validate();
        return new PhotoSource(Picture.Decode(data, name, Painter.WorkingSizeFor(style), maxPixels));
    }

    /// <inheritdoc/>
    public PaintOptions Options(PaintOptions style, int? seed = null, Mood? mood = null) =>
        style with { Seed = seed ?? style.Seed, Mood = mood ?? style.Mood };

    /// <inheritdoc/>
    public Target ToTarget(PaintOptions options) => Target.FromPicture(Picture, Painter.WorkingSizeFor(options));

    /// <inheritdoc/>
    public void Describe(StrokePlan plan) { }
}
