using System.Diagnostics;
using Echoes.Bench;

// Benchmarks print Markdown tables. Each timed case runs in a fresh child process so its peak memory is its own.
var cmd = args.Length > 0 ? args[0] : "help";
switch (cmd)
{
    case "raster": RasterBench.Run(); break;
    case "render": RenderBench.Run(args.Skip(1).ToArray()); break;
    case "timelapse": TimelapseBench.Run(args.Skip(1).ToArray()); break;
    case "render-once": RenderBench.Once(args.Skip(1).ToArray()); break;
    case "paint": PaintBench.Run(args.Skip(1).ToArray()); break;
    case "profile": Profile.Run(args.Skip(1).ToArray()); break;
    case "micro": MicroProfile.Run(); break;
    case "pixels": PixelProfile.Run(); break;
    case "compose-target": { var sc = Echoes.Scenes.Scene.Load(args[1]); var comp = Echoes.Scenes.SceneComposer.Compose(sc, int.Parse(args[3])); comp.Target.Reference.ToCanvas().Save(args[2]); break; }
    case "renderprof": RenderProfile.Run(args.Skip(1).ToArray()); break;
    case "resize": Echoes.Imaging.Picture.Load(args[1]).Resize(int.Parse(args[3]), int.Parse(args[4])).ToCanvas().Save(args[2], 90); break;
    default:
        Console.WriteLine("""
            usage: dotnet run -c Release --project bench/Echoes.Bench -- COMMAND
              timelapse [--cli PATH] 1080p MP4 time-lapses of 20,000- and 50,000-stroke plans
              raster                 rasterizer throughput per brush kind (strokes/s, pixels/s)
              render [--runs N]      re-render a generated 50,000-stroke plan at 4096 px wide and at A2 300 ppi (7016×4961)
              resize IN OUT W H      write a resized copy of an image (to make large test inputs)
              paint [FOLDER] [--runs N] [--counts 50,100] [--cli PATH]
                                     the standard quality table (DESIGN §8) for a folder of images (default ../shared/images)
            """);
        break;
}
