using System.CommandLine;
using Echoes.Imaging;
using Echoes.Moods;
using Echoes.Painting;
using Echoes.Pipeline;

namespace Echoes.Cli.Commands;

/// <summary><c>echoes styles PHOTO -o sheet.png</c>: the photo painted in every style, labelled, in rows of four.</summary>
internal static class StylesCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("image") { Description = "A photograph" };
        var output = CommonOptions.Output("Output image: .png, .jpg or .webp");
        var mood = new Option<string?>("--mood", "-m")
        {
            Description = "Mood of every painting: joy, sorrow, love, loss, or a blend like sorrow:0.7,love:0.3",
        };
        var seed = new Option<int>("--seed") { Description = "Seed", DefaultValueFactory = _ => 1 };
        var tile = CommonOptions.TileWidth();
        var quiet = CommonOptions.Quiet();
        var cmd = new Command("styles", $"Paint a photo in every style ({string.Join(", ", Styles.All.Keys)}), labelled, on one sheet")
        {
            input, output, mood, seed, tile, quiet,
        };
        cmd.SetAction(r =>
        {
            string outPath = r.GetValue(output)!;
            Output.Check(outPath, standardAllowed: false);
            Canvas.FormatOf(outPath);
            int tw = r.GetValue(tile);
            CommonOptions.CheckTileWidth(tw);
            var options = Styles.Expressive with
            {
                Seed = r.GetValue(seed),
                Mood = r.GetValue(mood) is string m ? Mood.Parse(m) : Mood.None,
            };
            var photo = PhotoSource.Load(r.GetValue(input)!, options);
            using var sheet = new Progress(r.GetValue(quiet)).Run("painting styles", p => StyleSheet.Render(photo, options, tw, p));
            sheet.Save(outPath);
            if (!r.GetValue(quiet)) r.InvocationConfiguration.Output.WriteLine($"{outPath}: {string.Join(", ", Styles.All.Keys)}");
            return 0;
        });
        return cmd;
    }
}
