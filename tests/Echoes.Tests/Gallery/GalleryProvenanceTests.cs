using Echoes.Export;
using Echoes.Gallery.Works;
using Echoes.Strokes;

namespace Echoes.Tests.Gallery;

/// <summary>A hung work's PNG records how it was made, as the command line's PNGs do, and <c>echoes info</c> reads it;
/// every file of a work is what Core's exporters write from its plan.</summary>
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

    [Fact]
    public async Task A_works_files_are_the_exporters_files_of_its_plan()
    {
        await using var s = new SqliteGallery();
        await s.InitializeAsync();
        var work = await s.PaintWorkAsync(await s.CreateExhibitionAsync(), "Exported", strokes: 30);
        long id = work.GetProperty("id").GetInt64();
        using var v = s.Visitor();
        var plan = StrokePlan.FromJson(await v.GetByteArrayAsync($"/works/{id}/plan.json"), "plan.json");
        int longSide = s.Options.ImageLongSide;
        Assert.Equal(Exporters.Encode(plan, ".json", new()), await v.GetByteArrayAsync($"/works/{id}/plan.json"));
        Assert.Equal(Exporters.Encode(plan, ".png", new() { LongSide = longSide }), await v.GetByteArrayAsync($"/works/{id}/painting.png"));
        Assert.Equal(Exporters.Encode(plan, ".jpg", new() { LongSide = Math.Min(Workshop.ThumbLongSide, longSide), Quality = Workshop.ThumbQuality }),
            await v.GetByteArrayAsync($"/works/{id}/thumb.jpg"));
        Assert.Equal(Exporters.Encode(plan, ".png", new() { Width = 320 }), await v.GetByteArrayAsync($"/works/{id}/painting.png?width=320"));
        Assert.Equal(Exporters.Encode(plan, ".svg", new()), await v.GetByteArrayAsync($"/works/{id}/painting.svg"));
    }
}
