using System.Diagnostics;
using System.Text;
using Echoes.Stories;

namespace Echoes.Bench;

/// <summary>How long the story reader takes on the largest text it accepts (200 KB): a generated story in English and
/// Russian with many people, dialogue, groups and turns, or the files given. The first read (cold, in a fresh process)
/// and the median of the warm ones are reported, as wall time and as the process's CPU time.</summary>
internal static class StoryBench
{
    public static void Run(string[] args)
    {
        int runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(int.Parse).FirstOrDefault(5);
        var files = args.TakeWhile(a => a != "--runs").ToList();
        var texts = files.Count > 0 ? files.Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList()
            : [("generated English", Generate(english: true)), ("generated Russian", Generate(english: false))];
        Console.WriteLine($"Story reading ({Machine.Describe()})\n");
        Console.WriteLine("| text | KB | sentences | people | ties | first read, ms (CPU ms) | warm median, ms (CPU ms) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, text) in texts)
        {
            var sw = Stopwatch.StartNew();
            var cpu = Cpu();
            var r = StoryReader.Read(text, name);
            (double cold, double coldCpu) = (sw.Elapsed.TotalMilliseconds, (Cpu() - cpu).TotalMilliseconds);
            var warm = new List<(double Wall, double Cpu)>();
            for (int i = 0; i < runs; i++)
            {
                (sw, cpu) = (Stopwatch.StartNew(), Cpu());
                _ = StoryReader.Read(text, name);
                warm.Add((sw.Elapsed.TotalMilliseconds, (Cpu() - cpu).TotalMilliseconds));
            }
            Console.WriteLine($"| {name} | {Encoding.UTF8.GetByteCount(text) / 1024.0:F0} | {r.Text.Sentences.Count:N0} | {r.People.Count} | " +
                $"{r.Ties.Count} | {cold:F0} ({coldCpu:F0}) | {Machine.Median(warm.Select(w => w.Wall)):F0} " +
                $"({Machine.Median(warm.Select(w => w.Cpu)):F0}) |");
        }
    }

    // The process's CPU time: on a shared machine, wall time also counts the waits for a core.
    private static TimeSpan Cpu()
    {
        using var p = Process.GetCurrentProcess();
        return p.TotalProcessorTime;
    }

    private static readonly string[] English =
    [
        "{0} met {1} at the market one spring. They laughed all afternoon and walked home together by the river.",
        "\"I missed you,\" said {0}. {1} smiled and hugged {0}, but later that year {1} left for the city.",
        "{0}, {1} and {2} went to the sea together every summer. They swam until dark.",
        "My brother {0} never forgave {1}. I loved them both, and I wept when {1} died in the winter.",
        "{0} argued with {1} for years. In the end {0} forgave {1}, and they grew old together.",
    ];

    private static readonly string[] Russian =
    [
        "{0} встретила {1} на вокзале. Они долго гуляли вместе, и {0} была счастлива.",
        "— Я скучала по тебе, — сказала {0}. {1} обнял её и заплакал.",
        "{0}, {1} и {2} пошли на реку вместе. Они смеялись до темноты.",
        "Через год {1} ушёл от {0}. {0} так и не простила {1}.",
    ];

    private static readonly string[] EnglishNames =
    [
        "Anna", "Ben", "Clara", "David", "Elena", "Felix", "Greta", "Hugo", "Ines", "Jonas", "Kai", "Lena", "Marek", "Nora", "Omar",
        "Priya", "Rosa", "Sam", "Tomas", "Vera", "Yusuf", "Zofia", "Agnes", "Bruno", "Carmen", "Diego", "Emma", "Frank", "Hana",
        "Ivo", "Julia", "Karl", "Leila", "Mila", "Nadia", "Oskar", "Pablo", "Ruth", "Sofia", "Tariq", "Ursula", "Victor", "Walter",
        "Yuki", "Alice", "Carol", "Daniel", "Hans", "Irene", "Lucia",
    ];

    private static readonly string[] RussianNames =
    [
        "Анна", "Мария", "Ольга", "Вера", "Надежда", "Ирина", "Татьяна", "Елена", "Наталья", "Галина", "Нина", "Дарья", "Полина",
        "Ксения", "Людмила",
    ];

    private static readonly string[] RussianMen =
    [
        "Ивана", "Петра", "Сергея", "Николая", "Михаила", "Алексея", "Дмитрия", "Андрея", "Павла", "Бориса", "Григория", "Игоря",
        "Олега", "Виктора", "Юрия",
    ];

    // Deterministic text close to the 200 KB limit: many people, so the scene's limit of 40 is reached too.
    private static string Generate(bool english)
    {
        var sb = new StringBuilder();
        var rng = new Random(17);
        while (Encoding.UTF8.GetByteCount(sb.ToString()) < StoryReader.MaxBytes - 600)
        {
            if (english)
            {
                string Pick() => EnglishNames[rng.Next(EnglishNames.Length)];
                sb.Append(string.Format(English[rng.Next(English.Length)], Pick(), Pick(), Pick()));
            }
            else
            {
                int w = rng.Next(RussianNames.Length), m = rng.Next(RussianMen.Length);
                sb.Append(string.Format(Russian[rng.Next(Russian.Length)], RussianNames[w], RussianMen[m],
                    RussianNames[(w + 1) % RussianNames.Length]));
            }
            sb.Append(rng.Next(4) == 0 ? "\n\n" : " ");
        }
        return sb.ToString();
    }
}
