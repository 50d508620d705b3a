using Echoes.Bench;

// Benchmarks print Markdown tables; timed cases run in fresh processes so each one's time and peak memory are its own.
var rest = args.Skip(1).ToArray();
switch (args.Length > 0 ? args[0] : "help")
{
    case "paint": PaintBench.Run(rest); break;
    case "render": RenderBench.Run(rest); break;
    case "render-once": RenderBench.Once(rest); break;
    case "rerender": RerenderBench.Run(rest); break;
    case "timelapse": TimelapseBench.Run(rest); break;
    case "gallery-timelapse": GalleryTimelapseBench.Run(rest); break;
    case "subject": SubjectBench.Run(rest); break;
    case "focus": SubjectBench.FocusMap(rest); break;
    case "subject-score": SubjectBench.ScoreFiles(rest); break;
    case "raster": RasterBench.Run(rest); break;
    case "gallery-load": GalleryLoad.Run(rest); break;
    case "profile": Profiling.Paint(rest); break;
    case "pixels": Profiling.Pixels(); break;
    case "render-profile": Profiling.Render(rest); break;
    case "compose-target": Profiling.ComposeTarget(rest); break;
    case "sheet": ContactSheet.Run(rest); break;
    case "story": StoryBench.Run(rest); break;
    case "diff": Profiling.Diff(rest); break;
    case "png": Profiling.Png(rest); break;
    case "resize": Echoes.Imaging.Picture.Load(rest[0]).Resize(int.Parse(rest[2]), int.Parse(rest[3])).ToCanvas().Save(rest[1], 90); break;
    default:
        Console.WriteLine("""
            usage: dotnet run -c Release --project bench/Echoes.Bench -- COMMAND
              paint [FOLDER] [--runs N] [--counts 50,100] [--cli PATH]
                                         the standard quality table (DESIGN §8) for a folder of images (default ../shared/images)
              render [--runs N]          re-render a generated 50,000-stroke plan at 4096 px wide and at A2 300 ppi (7016×4961)
              rerender [IMAGE] [--runs N] [--widths 4096,7680] [--cli PATH]
                                         a default 1024 px painting's plan re-rendered to PNG, beside rsvg-convert on its SVG
              timelapse [--cli PATH]     1080p MP4 time-lapses of 20,000- and 50,000-stroke plans
              gallery-timelapse [--plan PLAN] [--runs N]
                                         the gallery's time-lapse job (WebM + MP4 at 720p and the poster, one pass) of a
                                         5,000-stroke plan (generated 3:2, or PLAN)
              subject [FOLDER] [--baseline CLI] [--anchors DIR] [--keep DIR]
                                         luma SSIM over each photo's sharpest tenth at 1024 px: ours, ours --focus none,
                                         another build (the code before a change), Hertzmann's presets from DIR
              raster [KIND…]             rasterizer throughput per brush kind (strokes/s, pixels/s), every kind or those named
              sheet [--out DIR] [--images DIR] [--anchors DIR] [--scenes DIR] [--size 1024] [--blind] [--no-scenes]
                                         contact sheets to judge the look: styles beside the anchors, moods, 100 % crops, scenes
              story [FILE…] [--runs N]  time to read a 200 KB story (generated English and Russian, or the files given)
              gallery-load [--clients 200] [--seconds 60] [--warmup 5] [--comments 0.1] [--think-ms 0] [--db CONN] [--servers N] [--cli PATH]
                [--burst 50] [--paint-workers N] [--workers N (with --db: worker processes)] [--round-robin]
                                         concurrent clients reading pages and posting comments on `echoes serve`
                                         (each client keeps its own cookies; --round-robin: each request to the next server)
            probes for development:
              profile IMAGE STROKES [EFFORT|expressive]   stage times, coverage depth and RMSE of one paint
              pixels                     rasterizer nanoseconds per pixel, footprint and textured
              render-profile PLAN WIDTH  warm render times on all cores and on one
              compose-target SCENE OUT WORKING   the composer's reference image
              subject-score PHOTO PAINTING...   the subject SSIM of painting files against a photo
              focus IMAGE OUT            the focus field the painter finds (red: the subject), over the photo's green
              png PLAN WIDTH             PNG encoding of one render: Skia's encoder beside the parallel one
              diff A B                   how two images of one size differ: mean and largest channel difference
              resize IN OUT W H          a resized copy of an image (to make large test inputs)
            """);
        break;
}
