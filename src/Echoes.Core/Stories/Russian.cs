namespace Echoes.Stories;

/// <summary>
/// What the reader knows of Russian: a light stemmer (case and tense endings cut so that Анна, Анны, Анне, Анну and
/// Анной meet, and любила, любил, любить too), given names with their diminutives (Аня, Анечка → Анна) and genders,
/// patronymics, and the closed word lists (pronouns, function words, roles, relations).
/// </summary>
internal static class Russian
{
    private static HashSet<string> Set(string words) => new(words.Split((char[])[' ', '\n', '\r'],
        StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    // Case endings of nouns and adjectives (names take only these), and the endings of verbs; longest first.
    private const string NounEndingList = """
        иями ями ами ыми ими ого его ому ему ью ов ев ей ой ою ею ом ем ам ям ах ях ая яя ое ее ые ие ый ий ую юю ым им ых их ия ию
        у ю а я о е ы и й ь
        """;

    private const string VerbEndingList = """
        ешь ишь ете ите ала яла ила ела ула ыла ало яло ило ело уло ыло али яли или ели ули ыли ать ять ить еть уть ыть ил ал ел ял ул
        ыл ти ла ли ло ет ит ут ют ат ят л
        """;

    private static readonly string[] NounEndings = Split(NounEndingList);

    private static readonly string[] Endings = Split(NounEndingList + " " + VerbEndingList);

    private static string[] Split(string list) =>
        [.. list.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).OrderByDescending(e => e.Length)];

    /// <summary>The stem of a word: lower case, ё as е, a reflexive -ся/-сь and one case or tense ending cut.</summary>
    public static string Stem(string word) => Cut(word.ToLowerInvariant().Replace('ё', 'е'), 3, true, Endings);

    /// <summary>The stem of a name: like <see cref="Stem"/>, but short names keep two letters (Аню → ан) and ё is kept, so
    /// Лёня (Леонид) is not Лена (Елена).</summary>
    public static string NameStem(string word) => Cut(word.ToLowerInvariant(), 2, false, NounEndings);

    private static string Cut(string w, int keep, bool reflexive, string[] endings)
    {
        if (reflexive && w.Length > 5 && (w.EndsWith("ся", StringComparison.Ordinal) || w.EndsWith("сь", StringComparison.Ordinal))) w = w[..^2];
        foreach (var e in endings)
            if (w.Length - e.Length >= keep && w.EndsWith(e, StringComparison.Ordinal)) return w[..^e.Length];
        return w;
    }

    /// <summary>Given names: the full name, its gender, then its diminutives.</summary>
    private const string NameList = """
        Анна f Аня Анечка Анюта Нюра Нюша
        Мария f Маша Машенька Маня Муся
        Екатерина f Катя Катенька Катюша
        Елена f Лена Леночка Алёна
        Ольга f Оля Оленька
        Татьяна f Таня Танечка
        Наталья f Наташа Ната Наталия
        Ирина f Ира Ирочка
        Светлана f Света
        Юлия f Юля
        Евгения f
        Людмила f Люда Мила
        Галина f Галя
        Валентина f Валя
        Надежда f Надя Наденька
        Вера f Верочка
        Любовь f Люба
        Нина f Ниночка
        Зинаида f Зина
        Евдокия f Дуня Дуняша
        Антонина f Тоня
        Лидия f Лида
        Полина f Поля
        Ксения f Ксюша
        Дарья f Даша
        Анастасия f Настя Настенька
        Софья f Соня София
        Елизавета f Лиза
        Варвара f Варя
        Марина f
        Тамара f
        Раиса f Рая
        Клавдия f Клава
        Аглая f
        Ефросинья f Фрося Фросенька
        Марфа f
        Ульяна f Уля
        Маргарита f Рита
        Серафима f Сима
        Таисия f Тая
        Пелагея f
        Агафья f
        Акулина f
        Алиса f
        Ева f
        Яна f
        Майя f
        Жанна f
        Кира f
        Диана f
        Фаина f
        Римма f
        Инна f
        Зоя f
        Алла f
        Лариса f
        Виктория f Вика
        Ксения f
        Александр m Саша Шурик Саня
        Алексей m Лёша Алёша Лёха
        Александра f Шура
        Дмитрий m Дима Митя
        Михаил m Миша Мишенька
        Николай m Коля Коленька
        Иван m Ваня Ванечка
        Владимир m Вова Володя
        Сергей m Серёжа Серёга
        Андрей m Андрюша
        Павел m Паша
        Пётр m Петя
        Евгений m Женя
        Василий m Вася
        Григорий m Гриша
        Борис m Боря
        Фёдор m Федя
        Константин m Костя
        Виктор m Витя
        Анатолий m Толя
        Степан m Стёпа
        Семён m Сёма
        Геннадий m Гена
        Леонид m Лёня
        Юрий m Юра
        Станислав m Стас
        Роман m Рома
        Игорь m
        Олег m
        Илья m Илюша
        Никита m
        Максим m Макс
        Артём m Тёма
        Кирилл m
        Денис m
        Антон m
        Егор m
        Глеб m
        Тимофей m Тима
        Яков m Яша
        Аркадий m Аркаша
        Арсений m Сеня
        Матвей m Матвейка
        Тихон m
        Прохор m
        Савелий m Савва
        Захар m
        Даниил m Даня
        Лев m Лёва
        Платон m
        Филипп m
        Ефим m
        Фома m
        Кузьма m
        Богдан m
        Эдуард m Эдик
        Вениамин m Веня
        Ростислав m
        Всеволод m Сева
        Марк m
        """;

    private static readonly Dictionary<string, (string Full, char Gender)> Names = BuildNames();

    private static Dictionary<string, (string Full, char Gender)> BuildNames()
    {
        var map = new Dictionary<string, (string, char)>(StringComparer.Ordinal);
        var lines = NameList.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')).ToList();
        // Whole forms first, so that a name's own form wins over another's cut (Александр over Александра less its -а).
        foreach (bool whole in (bool[])[true, false])
            foreach (var w in lines)
                foreach (var form in w.Where((_, i) => i != 1).Select(f => f.ToLowerInvariant()))
                    foreach (var cut in whole ? [form, form.Replace('ё', 'е')] : Cuts(form).Concat(Cuts(form.Replace('ё', 'е'))))
                        map.TryAdd(cut, (w[0], w[1][0]));
        return map;
    }

    private static readonly HashSet<string> WholeNames = new(NameList.Split((char[])[' ', '\n'], StringSplitOptions.TrimEntries
        | StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 1).Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);

    /// <summary>Pronouns in the nominative: the subject of their clause.</summary>
    public static readonly HashSet<string> SubjectPronouns = Set("я ты он она оно мы вы они");

    /// <summary>A name as the subject names it (Анна, Дима, not Анну, Диме), given the person's display name.</summary>
    public static bool IsNominative(string form, string displayName)
    {
        string w = form.ToLowerInvariant();
        return WholeNames.Contains(w) || displayName.ToLowerInvariant().Split(' ').Contains(w) || Roles.TryGetValue(w, out var r) && r.Role == w
            || w is "мама" or "папа";
    }

    /// <summary>The full given name a form stands for (Аню → Анна, Димой → Дмитрий), if it is a known name or diminutive.</summary>
    public static (string Full, char Gender)? Name(string form)
    {
        foreach (var cut in Cuts(form.ToLowerInvariant()).Concat(Cuts(form.ToLowerInvariant().Replace('ё', 'е'))))
            if (Names.TryGetValue(cut, out var n)) return n;
        return null;
    }

    /// <summary>Two forms of one word (Дмитрия and Дмитрий): some cut of one is a cut of the other, three letters or more.</summary>
    public static bool SameWord(string a, string b)
    {
        var cuts = Cuts(a.ToLowerInvariant().Replace('ё', 'е')).Where(c => c.Length >= 3).ToHashSet(StringComparer.Ordinal);
        return Cuts(b.ToLowerInvariant().Replace('ё', 'е')).Any(cuts.Contains);
    }

    // The word, then the word without each ending it could have (Сергея: сергея, серге), keeping two letters.
    private static IEnumerable<string> Cuts(string w)
    {
        yield return w;
        foreach (var e in NounEndings)
            if (w.Length - e.Length >= 2 && w.EndsWith(e, StringComparison.Ordinal)) yield return w[..^e.Length];
    }

    /// <summary>A patronymic in any case (Петровна, Петровну, Ивановича): 'f', 'm', or '\0' when it is not one.</summary>
    public static char Patronymic(string form)
    {
        string s = Stem(form);
        if (s.EndsWith("овн", StringComparison.Ordinal) || s.EndsWith("евн", StringComparison.Ordinal) || s.EndsWith("ичн", StringComparison.Ordinal))
            return 'f';
        return s.EndsWith("ович", StringComparison.Ordinal) || s.EndsWith("евич", StringComparison.Ordinal)
            || (s.EndsWith("ич", StringComparison.Ordinal) && s.Length > 4) ? 'm' : '\0';
    }

    /// <summary>The gender a surname's nominative shows (Петрова, Козлова, Толстая: 'f'; Петров, Орлов: 'm'), or '?'.</summary>
    public static char SurnameGender(string nominative)
    {
        string w = nominative.ToLowerInvariant();
        if (w.EndsWith("ова") || w.EndsWith("ева") || w.EndsWith("ина") || w.EndsWith("ская") || w.EndsWith("цкая")) return 'f';
        return w.EndsWith("ов") || w.EndsWith("ев") || w.EndsWith("ин") || w.EndsWith("ский") || w.EndsWith("цкий") ? 'm' : '?';
    }

    /// <summary>Capitalised only because they start a sentence, or pronouns: never names.</summary>
    public static readonly HashSet<string> Function = Set("""
        и а но или да в во на с со к ко по за из у о об от до для без под над при про через после перед между когда где куда
        откуда что чтобы как это этот эта эти тот та те там тут здесь потом тогда затем однажды вечером утром ночью днём днем
        зимой летом осенью весной всё все всех каждый каждое каждую он она оно они мы я ты вы его её ее их мой моя моё мое мои
        наш наша наше наши твой твоя не ни нет уже ещё еще только даже вдруг снова опять долго наконец так вот если хотя
        потому поэтому много мало годы год лет прошло прошли сегодня вчера завтра никто ничто ничего никогда всегда иногда
        часто кто чей почему зачем сколько какой какая какое какие который которая которое которые сам сама сами себя
        ах ох ой эх ну спасибо здравствуй здравствуйте прощай пожалуйста господи боже
        """);

    /// <summary>Russian pronouns by what they point to: 'f', 'm', 'p' (they), 'i' (I), 'w' (we), 'y' (you).</summary>
    public static readonly Dictionary<string, char> Pronouns = StoryWords.Words<char>(new()
    {
        ['f'] = "она её ее ей ею неё нее ней нею",
        ['m'] = "он его ему него нему ним нём нем",
        ['p'] = "они их им ими них ним ними",
        ['i'] = "я меня мне мной мною мой моя моё мое мою моей моего моему моим моих мои",
        ['w'] = "мы нас нам нами наш наша наше нашу нашей нашего нашему наши наших",
        ['y'] = "ты тебя тебе тобой тобою вы вас вам вами твой твоя твоё твое твою твоей твоего твоему твои",
    });

    /// <summary>Kin and titles before a name ("бабушка Вера", "дядя Паша"), which also say the gender.</summary>
    public static readonly Dictionary<string, char> Titles = new(StringComparer.Ordinal)
    {
        ["бабушка"] = 'f', ["бабуля"] = 'f', ["баба"] = 'f', ["тётя"] = 'f', ["тетя"] = 'f', ["сестра"] = 'f', ["мама"] = 'f',
        ["дедушка"] = 'm', ["дед"] = 'm', ["дядя"] = 'm', ["брат"] = 'm', ["отец"] = 'm', ["папа"] = 'm',
    };

    /// <summary>Roles that stand for someone unnamed: each case form, its nominative, and gender.</summary>
    public static readonly Dictionary<string, (string Role, char Gender)> Roles = BuildRoles();

    private static Dictionary<string, (string, char)> BuildRoles()
    {
        var map = new Dictionary<string, (string, char)>(StringComparer.Ordinal);
        foreach (var line in """
            мать f мать матери матерью мама мамы маме маму мамой
            отец m отец отца отцу отцом отце папа папы папе папу папой
            бабушка f бабушка бабушки бабушке бабушку бабушкой
            дедушка m дедушка дедушки дедушке дедушку дедушкой дед деда деду дедом
            брат m брат брата брату братом брате
            сестра f сестра сестры сестре сестру сестрой
            муж m муж мужа мужу мужем муже
            жена f жена жены жене жену женой
            сын m сын сына сыну сыном сыне
            дочь f дочь дочери дочерью дочка дочки дочке дочку дочкой
            внук m внук внука внуку внуком внуке
            внучка f внучка внучки внучке внучку внучкой
            """.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var w = line.Split(' ');
            foreach (var form in w.Skip(2)) map[form] = (w[0], w[1][0]);
        }
        return map;
    }

    /// <summary>Prepositions after which a capitalised word is a place (в Москве, из Киева, под Тверью).</summary>
    public static readonly HashSet<string> PlacePrepositions = Set("в во на из под над около возле через до");

    /// <summary>Places by stem, for when the sentence gives no cue.</summary>
    public static readonly HashSet<string> Places = new(Set("""
        россия москва петербург ленинград сибирь украина киев тверь волга урал кавказ крым одесса казань новгород
        европа америка германия франция польша варшава берлин париж лондон италия рим китай япония ташкент алма-ата минск
        """).Select(Stem), StringComparer.Ordinal);

    /// <summary>Speech verbs: said, asked, answered, whispered…</summary>
    public static readonly HashSet<string> SpeechStems = new(Set("""
        сказал сказала ответил ответила спросил спросила прошептал прошептала крикнул крикнула закричал закричала
        произнёс произнесла воскликнул воскликнула попросила попросил повторил повторила добавил добавила
        """).Select(Stem), StringComparer.Ordinal);

    /// <summary>Negations: the next words mean the opposite.</summary>
    public static readonly HashSet<string> Negations = Set("не ни нет никогда без");

    /// <summary>Words that scale the next feeling word.</summary>
    public static readonly Dictionary<string, float> Intensifiers = new(StringComparer.Ordinal)
    {
        ["очень"] = 1.5f, ["так"] = 1.3f, ["совсем"] = 1.4f, ["безумно"] = 1.6f, ["глубоко"] = 1.5f, ["страшно"] = 1.4f,
        ["ужасно"] = 1.4f, ["немного"] = 0.6f, ["чуть"] = 0.5f, ["слегка"] = 0.5f, ["почти"] = 0.7f, ["по-настоящему"] = 1.4f,
    };

    /// <summary>Words that tie two people, by stem, with the sign and strength of the tie they make.</summary>
    public static readonly Dictionary<string, float> Relations = BuildRelations();

    private static Dictionary<string, float> BuildRelations()
    {
        var map = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var line in """
            0.8 любил любила любили любит любят люблю полюбил полюбила обожал обожала обожали поженились женился
            0.7 поцеловал поцеловала целовал целовала
            0.6 обнял обняла обнимал обнимала дружили дружил дружила
            0.5 скучал скучала скучали простил простила простили прощу простить берёг берегла защищал защищала утешал утешала
            0.4 помог помогла помогали навестил навестила вспоминал вспоминала вспоминали
            0.3 встретил встретила встретились познакомился познакомилась познакомились ждал ждала ждали вместе
            0.2 писал писала писали позвонил позвонила
            -0.4 забыл забыла забыли спорил спорила спорили
            -0.5 поссорился поссорилась поссорились ругал ругала ругались обидел обидела расстались
            -0.6 ушёл ушла ушли оставил оставила обманул обманула изменял изменяла изменил изменила
            -0.7 бил била ударил ударила прогнал прогнала развелись развёлся развелась
            -0.8 бросил бросила бросили предал предала предали ненавидел ненавидела ненавидели
            """.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var w = line.Split(' ');
            float weight = float.Parse(w[0], System.Globalization.CultureInfo.InvariantCulture);
            foreach (var form in w.Skip(1)) map.TryAdd(Stem(form), weight);
        }
        return map;
    }

    /// <summary>A past-tense or present verb form after a name makes it act ("Анна жила", "Иван любит").</summary>
    public static bool IsVerbLike(string lower) =>
        lower.Length > 2 && (lower.EndsWith('л') || lower.EndsWith("ла") || lower.EndsWith("ли") || lower.EndsWith("ло")
            || lower.EndsWith("лся") || lower.EndsWith("лась") || lower.EndsWith("лись") || lower.EndsWith("ет") || lower.EndsWith("ит")
            || lower.EndsWith("ут") || lower.EndsWith("ют") || lower.EndsWith("ат") || lower.EndsWith("ят")) && !Function.Contains(lower);
}
