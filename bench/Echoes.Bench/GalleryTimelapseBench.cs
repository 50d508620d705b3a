using System.Diagnostics;
using Echoes.Export;
using Echoes.Gallery.Works;
using Echoes.Imaging;
using Echoes.Strokes;

namespace Echoes.Bench;

/// <summary>
/// The gallery's time-lapse job, timed as a worker runs it: both videos from one pass of the engine's incremental
/// renderer at the job's size and cut (<see cref="TimelapseJob"/>), then the poster's JPEG. In-process, runs in a row
/// (the first pays for JIT, as a worker's first job does).
/// </summary>
internal static class GalleryTimelapseBench
{
    public static void Run(string[] args)
    {
        int runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(int.Parse).FirstOrDefault(3);
        string? planPath = args.SkipWhile(a => a != "--plan").Skip(1).FirstOrDefault();
        var plan = planPath is null ? SyntheticPlan.Make(5000, 1536, 1024) : StrokePlan.Load(planPath);
        int width = TimelapseJob.Width(plan);
        var tmp = Directory.CreateTempSubdirectory("echoes-gtl").FullName;
        Console.WriteLine($"gallery time-lapse: {plan.Strokes.Count:N0} strokes, {width} px wide, WebM + MP4 + poster ({Machine.Describe()})\n");
        Console.WriteLine("| run | wall s | WebM MB | MP4 MB |");
        Console.WriteLine("|---:|---:|---:|---:|");
        var times = new List<double>();
        for (int i = 1; i <= runs; i++)
        {
            string webm = Path.Combine(tmp, "t.webm"), mp4 = Path.Combine(tmp, "t.mp4");
            var clock = Stopwatch.StartNew();
            using (var last = Timelapse.WriteVideos(plan, [webm, mp4], width, TimelapseJob.Cut))
                last.Encode(ImageFormat.Jpeg, TimelapseJob.PosterQuality);
            times.Add(clock.Elapsed.TotalSeconds);
            Console.WriteLine($"| {i} | {times[^1]:F1} | {new FileInfo(webm).Length / 1e6:F1} | {new FileInfo(mp4).Length / 1e6:F1} |");
        }
        Console.WriteLine($"\nmedian {times.Order().ElementAt(times.Count / 2):F1} s");
        Directory.Delete(tmp, true);
    }
}
