using System.Diagnostics;
using System.Text.RegularExpressions;
using Echoes.Imaging;
using Echoes.Rendering;
using Echoes.Strokes;

namespace Echoes.Export;

/// <summary>How a time-lapse is cut: frames per second, how the strokes are spread over frames, and the hold at the end.</summary>
/// <param name="Fps">Frames per second.</param>
/// <param name="Seconds">Length of the painting part, seconds (when <paramref name="StrokesPerFrame"/> is null).</param>
/// <param name="StrokesPerFrame">Strokes added per frame, instead of a length.</param>
/// <param name="HoldSeconds">How long the finished painting stays on screen at the end.</param>
public sealed record TimelapseOptions(int Fps = 30, double? Seconds = null, int? StrokesPerFrame = null, double HoldSeconds = 2)
{
    /// <summary>Frames that paint, and frames that hold the finished painting, for a plan of <paramref name="strokes"/> strokes.</summary>
    public (int Paint, int Hold, int PerFrame) Frames(int strokes)
    {
        if (Fps is < 1 or > 120) throw new EchoesException(nameof(Fps), "frames per second must be between 1 and 120");
        if (Seconds is <= 0 or > 3600) throw new EchoesException(nameof(Seconds), "the length must be between 0 and 3600 seconds");
        if (StrokesPerFrame is < 1) throw new EchoesException(nameof(StrokesPerFrame), "must be at least 1");
        if (HoldSeconds is < 0 or > 600) throw new EchoesException(nameof(HoldSeconds), "the hold must be between 0 and 600 seconds");
        int perFrame = StrokesPerFrame ?? Math.Max(1, (int)Math.Ceiling(strokes / (Fps * (Seconds ?? 10.0))));
        int paint = Math.Max(1, (int)Math.Ceiling(strokes / (double)perFrame));
        return (paint, (int)Math.Round(HoldSeconds * Fps), perFrame);
    }
}

/// <summary>
/// Writes a time-lapse of a plan being painted: each frame adds its strokes to the last (never from scratch), encoded
/// by ffmpeg fed raw RGBA frames through a pipe (.mp4, .webm, .gif), or a folder of PNG frames without ffmpeg.
/// </summary>
public static partial class Timelapse
{
    /// <summary>The video formats, by extension; any other path without an extension is a folder of frames.</summary>
    public static IReadOnlyList<string> VideoExtensions { get; } = [".mp4", ".webm", ".gif"];

    /// <summary>Fails early, before any painting, when a time-lapse cannot be written to <paramref name="output"/>: an
    /// unknown extension, a video name that is a folder, or a frames folder holding files other than frames.</summary>
    /// <exception cref="EchoesException">The output is unusable; the message says why.</exception>
    public static void CheckOutput(string output)
    {
        var ext = Path.GetExtension(output).ToLowerInvariant();
        bool folder = Directory.Exists(output);
        if (folder && VideoExtensions.Contains(ext))
            throw new EchoesException(output,
                $"is a folder: a {ext} time-lapse needs a file name (a folder gets PNG frames only when its name has no video extension)");
        if (ext.Length > 0 && !folder && !VideoExtensions.Contains(ext))
            throw new EchoesException(output,
                $"cannot write '{ext}' time-lapses (known: {string.Join(", ", VideoExtensions)}, or a folder for PNG frames)");
        if (!folder) return;
        var other = Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName).FirstOrDefault(n => !IsFrame(n!));
        if (other is not null)
            throw new EchoesException(output,
                $"the folder holds \"{other}\", which is not a frame: give an empty folder or one holding only frame-NNNNN.png files (they are " +
                    $"replaced)");
    }

    /// <summary>Whether <paramref name="path"/> names a time-lapse: a video extension, no extension (a folder of frames),
    /// or a folder that exists, whatever its name (it gets frames; <see cref="CheckOutput"/> refuses a video name).</summary>
    public static bool IsTimelapse(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return ext.Length == 0 || VideoExtensions.Contains(ext) || Directory.Exists(path);
    }

    /// <summary>Whether a file name is one this class gives PNG frames (<c>frame-00001.png</c>).</summary>
    public static bool IsFrame(string fileName) => FrameName().IsMatch(fileName);

    [GeneratedRegex(@"^frame-\d{5,}\.png$")]
    private static partial Regex FrameName();

    /// <summary>Writes the time-lapse; returns the number of frames.</summary>
    public static int Write(StrokePlan plan, string output, int width, TimelapseOptions options, RenderOptions? render = null,
        IProgress<double>? progress = null, CancellationToken ct = default)
    {
        CheckOutput(output);
        var (paint, hold, perFrame) = options.Frames(plan.Strokes.Count);
        if (Path.GetExtension(output).Length > 0 && !Directory.Exists(output))
            WriteVideos(plan, [output], width, options, render, progress, ct).Dispose();
        else
        {
            var renderer = new IncrementalRenderer(plan, EvenWidth(width), render);
            WriteFrames(renderer, output, paint, hold, perFrame, new byte[renderer.Width * renderer.Height * 4], progress, ct);
        }
        return paint + hold;
    }

    /// <summary>
    /// Writes the same time-lapse to several videos (.mp4, .webm, .gif) in one pass: the plan is painted once and one
    /// ffmpeg encodes every output. Returns the last frame, the finished painting at the video's size (a poster).
    /// </summary>
    /// <exception cref="EchoesException">An output is unusable, ffmpeg is missing, or it failed.</exception>
    public static Canvas WriteVideos(StrokePlan plan, IReadOnlyList<string> outputs, int width, TimelapseOptions options,
        RenderOptions? render = null, IProgress<double>? progress = null, CancellationToken ct = default)
    {
        foreach (var o in outputs)
        {
            CheckOutput(o);
            if (!VideoExtensions.Contains(Path.GetExtension(o).ToLowerInvariant()))
                throw new EchoesException(o, $"is not a video (known: {string.Join(", ", VideoExtensions)})");
        }
        var (paint, hold, perFrame) = options.Frames(plan.Strokes.Count);
        var renderer = new IncrementalRenderer(plan, EvenWidth(width), render);
        var last = Encode(renderer, outputs, options.Fps, paint, hold, perFrame, progress, ct);
        var poster = new Canvas(renderer.Width, renderer.Height);
        last.CopyTo(poster.Pixels, 0);
        return poster;
    }

    /// <summary>Whether ffmpeg, which videos need, is installed on this machine (on PATH).</summary>
    public static bool CanEncode => ProgramPath.Find("ffmpeg") is not null;

    // Video codecs want even dimensions.
    private static int EvenWidth(int w) => w % 2 == 0 ? w : w + 1;

    private static void WriteFrames(IncrementalRenderer r, string folder, int paint, int hold, int perFrame, byte[] rgba,
        IProgress<double>? progress, CancellationToken ct)
    {
        try
        {
            Directory.CreateDirectory(folder);
            // Frames left by an earlier, longer time-lapse would play on after this one's end.
            foreach (var old in Directory.EnumerateFiles(folder).Where(f => IsFrame(Path.GetFileName(f)))) File.Delete(old);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EchoesException(folder,
            $"cannot prepare the folder: {e.Message.TrimEnd('.')}", e);
        }
        Pipeline(r, paint, hold, perFrame, rgba, (frame, f) =>
        {
            var canvas = new Canvas(r.Width, r.Height);
            frame.CopyTo(canvas.Pixels, 0);
            canvas.Save(Path.Combine(folder, $"frame-{f + 1:D5}.png"));
        }, progress, ct);
    }

    // Frames are painted and lit into one buffer while the one before is written from the other, so encoding (PNG here,
    // ffmpeg's pipe there) overlaps the next frame's painting; writes stay in frame order.
    private static byte[] Pipeline(IncrementalRenderer r, int paint, int hold, int perFrame, byte[] rgba, Action<byte[], int> write,
        IProgress<double>? progress, CancellationToken ct)
    {
        byte[] ready = rgba, spare = new byte[rgba.Length];
        var pending = Task.CompletedTask;
        int total = paint + hold;
        try
        {
            for (int f = 0; f < total; f++)
            {
                ct.ThrowIfCancellationRequested();
                if (f < paint) { r.Advance(perFrame); r.Snapshot(spare); }
                pending.GetAwaiter().GetResult();
                if (f < paint) (ready, spare) = (spare, ready);
                var (frame, index) = (ready, f);
                pending = Task.Run(() => write(frame, index), CancellationToken.None);
                progress?.Report(f / (double)total);
            }
        }
        finally
        {
            // The last write finishes (or fails) before the caller closes what it writes to.
            try { pending.GetAwaiter().GetResult(); }
            catch (Exception) when (ct.IsCancellationRequested) { }
        }
        progress?.Report(1);
        return ready;
    }

    // One ffmpeg, fed raw frames on its standard input, writes every output (each to a temporary name, renamed when all
    // are done); returns the last frame.
    private static byte[] Encode(IncrementalRenderer r, IReadOnlyList<string> outputs, int fps, int paint, int hold, int perFrame,
        IProgress<double>? progress, CancellationToken ct)
    {
        var files = outputs.Select(o => (Output: o, Full: Path.GetFullPath(o), Tmp: TempName(o))).ToList();
        var exe = ProgramPath.Find("ffmpeg")
            ?? throw new EchoesException("ffmpeg",
                $"ffmpeg is not installed ({HowToInstallFfmpeg}); a folder of PNG frames needs no ffmpeg (-o frames/)");
        var psi = new ProcessStartInfo(exe) { RedirectStandardInput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in $"-y -loglevel error -f rawvideo -pix_fmt rgba -s {r.Width}x{r.Height} -r {fps} -i -".Split(' '))
            psi.ArgumentList.Add(a);
        foreach (var f in files)
        {
            foreach (var a in Codec(Path.GetExtension(f.Full).ToLowerInvariant()).Split(' ')) psi.ArgumentList.Add(a);
            psi.ArgumentList.Add(f.Tmp);
        }
        Process ffmpeg;
        try { ffmpeg = Process.Start(psi) ?? throw new InvalidOperationException(); }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new EchoesException("ffmpeg", $"ffmpeg could not be started ({HowToInstallFfmpeg})");
        }
        var errors = ffmpeg.StandardError.ReadToEndAsync(ct);
        bool ok = false;
        try
        {
            byte[] last;
            using (var stdin = ffmpeg.StandardInput.BaseStream)
            {
                last = Pipeline(r, paint, hold, perFrame, new byte[r.Width * r.Height * 4], (frame, _) => stdin.Write(frame), progress, ct);
            }
            ffmpeg.WaitForExit();
            if (ffmpeg.ExitCode != 0) throw new EchoesException(outputs[0], $"ffmpeg failed: {FirstLine(errors.Result)}");
            foreach (var f in files) File.Move(f.Tmp, f.Full, overwrite: true);
            ok = true;
            return last;
        }
        catch (IOException e)
        {
            throw new EchoesException(outputs[0], $"ffmpeg stopped while encoding: {FirstLine(errors.IsCompleted ? errors.Result : e.Message)}", e);
        }
        finally
        {
            if (!ffmpeg.HasExited) { try { ffmpeg.Kill(); } catch (InvalidOperationException) { } }
            ffmpeg.Dispose();
            if (!ok) foreach (var f in files) try { File.Delete(f.Tmp); } catch (IOException) { }
        }
    }

    // A hidden name beside the output, so a cut-short encode never leaves a half video under the real name.
    private static string TempName(string output)
    {
        var full = Path.GetFullPath(output);
        var dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir)) throw new EchoesException(output, "cannot write: the folder does not exist");
        return Path.Combine(dir, $".{Path.GetFileNameWithoutExtension(full)}.{Guid.NewGuid():N}{Path.GetExtension(full).ToLowerInvariant()}");
    }

    private static string Codec(string ext) => ext switch
    {
        // 4:2:0 video needs even sides: pad by a pixel when the plan's aspect gives an odd height.
        ".mp4" => "-vf pad=ceil(iw/2)*2:ceil(ih/2)*2 -c:v libx264 -preset veryfast -crf 20 -pix_fmt yuv420p -movflags +faststart",
        ".webm" => "-vf pad=ceil(iw/2)*2:ceil(ih/2)*2 -c:v libvpx-vp9 -b:v 0 -crf 34 -deadline realtime -cpu-used 8 -row-mt 1 -pix_fmt yuv420p",
        _ => "-vf split[a][b];[a]palettegen=stats_mode=diff[p];[b][p]paletteuse=dither=bayer -loop 0",
    };

    private static string HowToInstallFfmpeg =>
        OperatingSystem.IsWindows() ? "winget install ffmpeg, or put ffmpeg.exe on PATH"
        : OperatingSystem.IsMacOS() ? "brew install ffmpeg"
        : "on Debian or Ubuntu: apt-get install ffmpeg";

    private static string FirstLine(string s) => s.Split(['\r', '\n'],
        StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";
}
