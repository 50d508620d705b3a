namespace Echoes.Gallery.Works;

/// <summary>What a work is painted from: a photograph or a scene, with its bytes as uploaded.</summary>
/// <param name="Kind"><c>photo</c> or <c>scene</c>.</param>
/// <param name="Data">The uploaded bytes (kept beside the work).</param>
/// <param name="Extension">File extension the bytes are stored under.</param>
internal sealed record Source(string Kind, byte[] Data, string Extension);
