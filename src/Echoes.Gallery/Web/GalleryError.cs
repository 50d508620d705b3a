namespace Echoes.Gallery.Web;

/// <summary>A request the gallery refuses, with the HTTP status and the one line the caller is shown.</summary>
internal sealed class GalleryError(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    public static GalleryError NotFound(string what) => new(404, $"{what} does not exist");
}
