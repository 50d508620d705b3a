using System.CommandLine;
using Echoes.Pipeline;
using Echoes.Imaging;
using Echoes.Painting;

namespace Echoes.Cli.Commands;

/// <summary><c>echoes moods PHOTO -o sheet.png</c>: the photo painted neutral and in each of the four moods, side by side.</summary>
internal static class MoodsCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("image") { Description = "A photograph" };
        var output = CommonOptions.Output("Output image: .png, .jpg or .webp");
        var style = new Option<string>("--style", "-s")
        {
            Description = $"Style: {string.Join(", ", Styles.All.Keys)}",
            DefaultValueFactory = _ => "expressive"
        };
        var seed = new Option<int>("--seed") { Description = "Seed", DefaultValueFactory = _ => 1 };
        var tile = CommonOptions.TileWidth();
        var quiet = CommonOptions.Quiet();
        var cmd = new Command("moods", "Paint a photo in each mood (joy, sorrow, love, loss) and neutral, side by side") { input, output,
            style, seed, tile, quiet };
        cmd.SetAction(r =>
        {
            string outPath = r.GetValue(output)!;
            Output.Check(outPath, standardAllowed: false);
            Canvas.FormatOf(outPath);
            int tw = r.GetValue(tile);
            CommonOptions.CheckTileWidth(tw);
            var options = Styles.Get(r.GetValue(style)!) with { Seed = r.GetValue(seed) };
            var photo = PhotoSource.Load(r.GetValue(input)!, options);
            using var sheet = new Progress(r.GetValue(quiet)).Run("painting moods", p => MoodSheet.Render(photo, options, tw, p));
            sheet.Save(outPath);
            if (!r.GetValue(quiet)) r.InvocationConfiguration.Output.WriteLine($"{outPath}: neutral, joy, sorrow, love and loss");
            return 0;
        });
        return cmd;
    }
}
