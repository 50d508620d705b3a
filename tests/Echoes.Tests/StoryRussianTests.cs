using Echoes.Moods;
using Echoes.Stories;

namespace Echoes.Tests;

/// <summary>Russian as a first-class language: names in all their cases, patronymics and diminutives merged, pronouns by
/// gender, the Russian lexicon.</summary>
public sealed class StoryRussianTests
{
    private static StoryReading Read(string text) => StoryReader.Read(text);

    private static Person Person(StoryReading r, string name) => Assert.Single(r.People, p => p.Person.Name == name).Person;

    [Fact]
    public void A_name_in_each_of_its_cases_is_one_person_named_in_the_nominative()
    {
        var r = Read("Анну все любили. Анне писали письма, с Анной гуляли по вечерам. Ждали Анны всегда. Анна была счастлива.");
        var anna = Person(r, "Анна");
        Assert.Equal(['f'], [anna.Gender]);
        Assert.Equal(["Анне", "Анной", "Анну", "Анны"], anna.Aliases);
        Assert.Equal([0, 1, 2, 3], anna.Sentences);
    }

    [Fact]
    public void Patronymics_diminutives_and_surnames_merge_into_the_full_name()
    {
        var r = Read("Анна Петровна Соколова приехала весной. Все звали её Аней. Аня любила парк. Соколова часто смеялась. " +
                     "Михаила Ивановича Анна Петровна знала с детства.");
        Assert.Equal(["Анна Петровна Соколова", "Михаил Иванович"], r.People.Select(p => p.Person.Name));
        var anna = Person(r, "Анна Петровна Соколова");
        Assert.Contains("Аня", anna.Aliases);
        Assert.Contains("Соколова", anna.Aliases);
        Assert.Equal('m', Person(r, "Михаил Иванович").Gender);
    }

    [Theory]
    [InlineData("Лёня", 'm')]
    [InlineData("Лена", 'f')]
    [InlineData("Саша", 'm')]
    [InlineData("Аглая", 'f')]
    [InlineData("Никита", 'm')]
    public void The_gender_of_a_name_comes_from_the_names_known_or_its_ending(string name, char gender) =>
        Assert.Equal(gender, Person(Read($"{name} пришёл домой поздно. {name} устал."), name).Gender);

    [Fact]
    public void Pronouns_go_to_the_person_of_their_gender()
    {
        var r = Read("Ольга и Борис жили у реки. Она работала на заводе. Он писал стихи, и он её любил.");
        Assert.Equal([0, 1, 2], Person(r, "Ольга").Sentences);
        Assert.Equal([0, 2], Person(r, "Борис").Sentences);
        var tie = Assert.Single(r.Ties);
        Assert.True(tie.Strength > 0, $"tie {tie.Strength}");
    }

    [Fact]
    public void Dash_dialogue_gives_each_line_to_its_speaker()
    {
        var r = Read("Катя вошла в комнату.\n— Ты опять опоздал, — сказала она.\n— Прости, — ответил Миша. — Я люблю тебя.\n");
        var misha = Assert.Single(r.People, p => p.Person.Name == "Миша");
        Assert.Contains(misha.Hits, h => h.Words == "люблю");
        Assert.DoesNotContain(Assert.Single(r.People, p => p.Person.Name == "Катя").Hits, h => h.Words == "люблю");
        Assert.True(Assert.Single(r.Ties).Strength > 0);
    }

    [Fact]
    public void The_stemmer_meets_forms_of_one_word_and_keeps_words_apart()
    {
        Assert.Equal(Russian.Stem("любила"), Russian.Stem("любить"));
        Assert.Equal(Russian.Stem("счастлива"), Russian.Stem("счастливый"));
        Assert.Equal(Russian.Stem("плакала"), Russian.Stem("плакать"));
        Assert.NotEqual(Russian.Stem("любовь"), Russian.Stem("любопытство"));
        Assert.Equal("Анна", Russian.Name("Аней")?.Full);
        Assert.Equal("Дмитрий", Russian.Name("Димой")?.Full);
        Assert.Equal('f', Russian.Patronymic("Петровну"));
        Assert.Equal('m', Russian.Patronymic("Ивановичем"));
        Assert.Equal('\0', Russian.Patronymic("Петров"));
    }

    [Fact]
    public void The_Russian_lexicon_covers_the_four_feelings_in_all_forms_of_its_words()
    {
        var lex = Lexicon.Russian;
        Assert.True(lex.Count >= 300, $"{lex.Count} entries");
        for (int k = 0; k < 4; k++)
        {
            int leaning = lex.Entries.Values.Count(f => f.Weights[k] > 0 && f.Weights[k] == f.Weights.Max());
            Assert.True(leaning >= 40, $"only {leaning} entries lean to {Mood.Names[k]}");
        }
        foreach (var (form, feeling) in (ValueTuple<string, int>[])[("радостью", 0), ("плакали", 1), ("любви", 2), ("смертью", 3), ("счастливой", 0)])
        {
            Assert.True(lex.TryGet(form, out var f), form);
            Assert.Equal(feeling, Array.IndexOf(f.Weights, f.Weights.Max()));
        }
        Assert.True(lex.TryGet("не забыла", out var phrase) && phrase.Loss > phrase.Joy);
    }

    [Fact]
    public void A_Russian_feeling_goes_to_the_subject_not_the_nearest_name()
    {
        var r = Read("Фёдор предал Григория. Григорий плакал всю ночь.");
        var grigory = Assert.Single(r.People, p => p.Person.Name == "Григорий");
        Assert.Equal(1, Array.IndexOf(grigory.Mood.Weights, grigory.Mood.Weights.Max()));
        Assert.True(Assert.Single(r.Ties).Strength < 0);
    }
}
