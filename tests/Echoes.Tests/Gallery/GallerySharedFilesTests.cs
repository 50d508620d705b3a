using System.Net;
using Dapper;
using Npgsql;

namespace Echoes.Tests.Gallery;

/// <summary>Files kept in the shared PostgreSQL database: by content, in chunks, once per content, gone when unused.</summary>
public sealed class GallerySharedFilesTests
{
    [Fact]
    public async Task The_same_upload_is_stored_once_in_chunks_and_its_files_go_with_the_last_work_that_uses_them()
    {
        // No grace: nothing here stores an upload while another deletes it.
        await using var server = new PostgresGallery { Adjust = o => o with { OrphanGrace = TimeSpan.Zero, ImageLongSide = 1600 } };
        await server.InitializeAsync();
        server.OrSkip();
        long ex = await server.CreateExhibitionAsync();
        long first = (await server.PaintWorkAsync(ex, "First", strokes: 300)).GetProperty("id").GetInt64();
        long second = (await server.PaintWorkAsync(ex, "Second", strokes: 300)).GetProperty("id").GetInt64();
        using var v = server.Visitor();
        byte[] png = await v.GetByteArrayAsync($"/works/{first}/painting.png");
        await v.GetByteArrayAsync($"/works/{first}/painting.png?width=320");

        await using var db = new NpgsqlConnection(server.Database);
        await db.OpenAsync();
        string source = await db.ExecuteScalarAsync<string>("SELECT source_file FROM works WHERE id = @first", new { first }) ?? "";
        Assert.Equal(source, await db.ExecuteScalarAsync<string>("SELECT source_file FROM works WHERE id = @second", new { second }));
        Assert.Equal(1, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM blobs WHERE name = @source", new { source }));
        // The 1600-pixel painting spans several chunks, and reads back whole.
        string image = await db.ExecuteScalarAsync<string>("SELECT image_file FROM works WHERE id = @first", new { first }) ?? "";
        Assert.True(png.Length > 256 * 1024, $"{png.Length} bytes");
        const int chunk = 256 * 1024;
        Assert.Equal((png.Length + chunk - 1) / chunk,
            await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM blob_chunks WHERE name = @image", new { image }));
        Assert.Equal(image, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(png)) + ".png");

        using var curator = server.Curator();
        Assert.Equal(HttpStatusCode.NoContent, (await curator.DeleteAsync($"/api/works/{first}")).StatusCode);
        Assert.Equal(1, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM blobs WHERE name = @source", new { source })); // still used
        Assert.Equal(HttpStatusCode.NoContent, (await curator.DeleteAsync($"/api/works/{second}")).StatusCode);
        Assert.Equal(0, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM blobs"));
        Assert.Equal(0, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM blob_chunks"));
        Assert.Equal(0, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM renders"));
    }
}
