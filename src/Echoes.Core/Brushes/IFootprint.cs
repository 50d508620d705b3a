using Echoes.Strokes;

namespace Echoes.Brushes;

/// <summary>
/// What a brush lays its footprint on: the stroke's spine flattened to pixels, and the capsules and discs it is made
/// of. The capsules laid by <see cref="AddSpine"/> form the stroke's outlined body; discs are separate marks.
/// </summary>
internal interface IFootprint
{
    /// <summary>Vertices of the flattened spine.</summary>
    int SpineCount { get; }

    /// <summary>Arc length of the flattened spine, pixels.</summary>
    float SpineLength { get; }

    /// <summary>Vertex <paramref name="i"/> of the flattened spine.</summary>
    Point2 Spine(int i);

    /// <summary>The point at arc length <paramref name="d"/> along the spine and the spine's direction there.</summary>
    (Point2 P, Point2 Dir) PointAt(float d);

    /// <summary>Capsules along the whole spine, their widths shaped by the brush's tapering.</summary>
    void AddSpine();

    /// <summary>A disc of radius <paramref name="r"/> at <paramref name="centre"/>, textured as at <paramref name="u"/>
    /// along the stroke.</summary>
    void AddDisc(Point2 centre, float r, float u);
}
