using System.Runtime.CompilerServices;

namespace Echoes.Strokes;

/// <summary>A point in logical plan units.</summary>
/// <param name="X">Horizontal, to the right.</param>
/// <param name="Y">Vertical, downward.</param>
public readonly record struct Point2(float X, float Y)
{
    /// <summary>Vector sum.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Point2 operator +(Point2 a, Point2 b) => new(a.X + b.X, a.Y + b.Y);

    /// <summary>Vector difference.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Point2 operator -(Point2 a, Point2 b) => new(a.X - b.X, a.Y - b.Y);

    /// <summary>Scaling.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Point2 operator *(Point2 a, float k) => new(a.X * k, a.Y * k);

    /// <summary>Euclidean length.</summary>
    public float Length => MathF.Sqrt(X * X + Y * Y);
}
