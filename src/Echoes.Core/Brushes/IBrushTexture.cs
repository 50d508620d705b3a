using System.Runtime.Intrinsics;

namespace Echoes.Brushes;

/// <summary>
/// A brush's per-pixel texture in stroke coordinates: <c>u</c> runs along the stroke from 0 to 1, <c>v</c> across it
/// from −1 to 1 of its width there, and <c>l</c> across it from −1 to 1 of its widest width, measured square to the
/// spine (where the mark narrows, at a taper or round an end, a pixel's <c>l</c> stays where its bristle ran, while
/// its <c>v</c> follows the outline). Returns a coverage multiplier in [0, 1] and a paint height in [0, ~1.5].
/// Implemented by structs so the rasterizer is compiled once per texture, with the sample inlined.
/// </summary>
internal interface IBrushTexture
{
    /// <summary>Coverage multiplier at (<paramref name="u"/>, <paramref name="v"/>), and the paint height there.</summary>
    static abstract float Sample(in BrushTexture.Params p, float u, float v, float l, out float height);

    /// <summary>Eight pixels at once (<see cref="TextureLanes"/>), each as <see cref="Sample"/> would give it.</summary>
    static abstract Vector256<float> SampleLanes(in BrushTexture.Params p, Vector256<float> u, Vector256<float> v,
        Vector256<float> l, out Vector256<float> height);
}
