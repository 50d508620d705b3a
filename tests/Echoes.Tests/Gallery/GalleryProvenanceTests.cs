namespace Echoes.Tests.Gallery;

/// <summary>A hung work's PNG records how it was made, as the command line's PNGs do, and <c>echoes info</c> reads it.</summary>
public sealed class GalleryProvenanceTests
{
    [Fact]
    public async Task A_hung_works_png_carries_the_echoes_provenance()
    {
        await using var s = new SqliteGallery();
        await s.InitializeAsync();
        var work = await s.PaintWorkAsync(await s.CreateExhibitionAsync(), "Provenance", strokes: 30);
        long id = work.GetProperty("id").GetInt64();
        using var v = s.Visitor();
        string dir = Directory.CreateTempSubdirectory("echoes-provenance").FullName;
        try
        {
            foreach (string query in (string[])["", "?width=320"])
            {
                string png = Path.Combine(dir, $"work{query.Length}.png");
                await File.WriteAllBytesAsync(png, await v.GetByteArrayAsync($"/works/{id}/painting.png{query}"));
                var info = Cli.Run("info", png);
                Assert.True(info.Code == 0, info.Err);
                Assert.Contains("style: faithful", info.Out);
                Assert.Contains("mood: love", info.Out);
                Assert.Contains("seed: 1", info.Out);
                Assert.Contains($"version: {EngineInfo.Version}", info.Out);
                Assert.Matches("plan-hash: [0-9a-f]+", info.Out);
            }
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
