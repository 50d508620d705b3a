using CsCheck;
using Echoes.Moods;
using Echoes.Scenes;
using Echoes.Stories;

namespace Echoes.Tests;

public sealed class StoryTests
{
    private static StoryReading Read(string text) => StoryReader.Read(text);

    private static StoryPerson Person(StoryReading r, string name) => Assert.Single(r.People, p => p.Person.Name == name);

    [Fact]
    public void The_lexicon_has_at_least_600_entries_spread_over_the_four_feelings()
    {
        var lex = Lexicon.Default;
        Assert.True(lex.Count >= 600, $"{lex.Count} entries");
        foreach (var (_, f) in lex.Entries) Assert.All(f.Weights, w => Assert.InRange(w, 0f, 1f));
        for (int k = 0; k < 4; k++)
        {
            int dominated = lex.Entries.Values.Count(f => f.Weights[k] > 0 && f.Weights[k] == f.Weights.Max());
            Assert.True(dominated >= 100, $"only {dominated} entries lean to {Mood.Names[k]}");
        }
        Assert.Contains(lex.Entries.Keys, k => k.Contains(' ')); // phrases, not only words
    }

    [Theory]
    [InlineData("laughs", "laugh")]
    [InlineData("smiles", "smile")]
    [InlineData("grieves", "grieve")]
    [InlineData("cherishing", "cherish")]
    public void Inflections_find_their_entry(string form, string entry)
    {
        Assert.True(Lexicon.Default.TryGet(form, out var f));
        Assert.Equal(Lexicon.Default.Entries[entry], f);
    }

    [Theory]
    [InlineData("[1 0 0]\nhappy", "expected four weights")]
    [InlineData("[1 0 0 0]\nhappy, glad, happy", "\"happy\" is listed twice")]
    [InlineData("[1 0 0 2]\nhappy", "outside [0, 1]")]
    public void A_malformed_lexicon_is_refused(string text, string error) =>
        Assert.Contains(error, Assert.Throws<FormatException>(() => Lexicon.Parse(text)).Message);

    [Fact]
    public void Names_that_act_are_people_and_full_names_absorb_short_ones()
    {
        var r = Read("Mia Kalmurzaeva painted the harbour at dawn. Later Mia walked home with Tomas. Tomas said nothing.");
        Assert.Equal(["Mia Kalmurzaeva", "Tomas"], r.People.Select(p => p.Person.Name));
        Assert.Contains("Mia", Person(r, "Mia Kalmurzaeva").Person.Aliases);
    }

    [Fact]
    public void Pronouns_carry_a_person_into_the_sentences_that_follow()
    {
        var r = Read("Anna met Ilya at the station. He smiled at her. She was happy. Later the train left.");
        var anna = Person(r, "Anna").Person;
        var ilya = Person(r, "Ilya").Person;
        Assert.Equal([0, 1, 2], anna.Sentences);
        Assert.Equal([1, 2], anna.ByPronoun);
        Assert.Equal([0, 1], ilya.Sentences);
        Assert.Equal('f', anna.Gender);
        Assert.Equal('m', ilya.Gender);
        // A name the lists do not know takes the gender of the first pronoun that refers to it.
        var k = Person(Read("Kestrel walked to the shore. She sat on the rocks and waited."), "Kestrel").Person;
        Assert.Equal('f', k.Gender);
        Assert.Equal([0, 1], k.Sentences);
    }

    [Fact]
    public void Places_and_works_of_art_are_not_people()
    {
        var r = Read("Ana grew up in rural Russia and moved from Moscow to Lisbon. She painted \"Morning Light\" there. " +
                     "Her painting titled Harbour Song hangs in the Tate Gallery. Ana smiled.");
        Assert.Equal(["Ana"], r.People.Select(p => p.Person.Name));
    }

    [Fact]
    public void Roles_stand_for_people_without_names_unless_they_only_describe_someone()
    {
        var r = Read("The old fisherman mended his nets. The fisherman sang to the gulls. As a painter, Mia watched him.");
        Assert.Contains(r.People, p => p.Person.Name == "the old fisherman" && p.Person.Gender == 'm');
        Assert.DoesNotContain(r.People, p => p.Person.Name.Contains("painter"));
    }

    [Fact]
    public void Negation_turns_a_feeling()
    {
        var happy = Person(Read("Ana was happy."), "Ana").Feeling;
        var unhappy = Person(Read("Ana was not happy."), "Ana").Feeling;
        var never = Person(Read("Ana never felt joy again."), "Ana").Feeling;
        Assert.True(happy.Joy > 0.9f && happy.Sorrow == 0);
        Assert.True(unhappy.Sorrow > unhappy.Joy, $"not happy: joy {unhappy.Joy}, sorrow {unhappy.Sorrow}");
        Assert.True(never.Sorrow > never.Joy);
        // The reach of a negation ends at a comma or "but".
        var turned = Person(Read("Ana was not rich, but she was happy."), "Ana").Feeling;
        Assert.True(turned.Joy > 0.9f);
    }

    [Fact]
    public void Ties_take_their_sign_from_the_words_between_people()
    {
        StoryTie Tie(string text) => Assert.Single(Read(text).Ties);
        Assert.True(Tie("Ana loved Ben.").Strength >= 0.5f);
        Assert.True(Tie("Ana met Ben at the market.").Strength > 0f);
        Assert.True(Tie("Ana argued with Ben. Then Ben left Ana.").Strength <= -0.5f);
        Assert.True(Tie("Ana and Ben argued.").Strength < 0f);
        Assert.True(Tie("Ana missed Ben every day.").Strength > 0f);
        Assert.True(Tie("Ana never forgave Ben.").Strength > -0.5f); // a negated forgiveness is a weaker break
        // People who only share no sentence are not tied.
        Assert.Empty(Read("Ana walked to the sea. The wind was cold. Ben stayed home and Ben slept.").Ties);
    }

    [Theory]
    [InlineData("Ana sat by the sea at night and watched the waves.", LandscapeKind.Coast, TimeOfDay.Night)]
    [InlineData("Ben crossed the desert dunes at dawn.", LandscapeKind.Dunes, TimeOfDay.Dawn)]
    [InlineData("Cleo climbed the mountain until the evening.", LandscapeKind.Mountains, TimeOfDay.Dusk)]
    [InlineData("Dan worked in the wheat fields all afternoon.", LandscapeKind.Plains, TimeOfDay.Day)]
    public void Setting_words_choose_the_landscape(string text, LandscapeKind kind, TimeOfDay time)
    {
        var l = Read(text).Landscape;
        Assert.Equal((kind, time), (l.Kind, l.Time));
    }

    [Fact]
    public void Without_setting_words_the_mood_chooses()
    {
        var sad = Read("Ana grieved for her brother. The funeral was long and she wept.").Landscape;
        var glad = Read("Ana laughed and laughed. She was delighted and proud.").Landscape;
        Assert.NotEqual(sad, glad);
        Assert.Equal(TimeOfDay.Day, glad.Time);
    }

    [Fact]
    public void The_seed_story_is_about_Mia_Kalmurzaeva_who_feels_all_four()
    {
        string seed = Path.Combine(TestImages.SharedDir, "..", "seed", "000_b654b561b4f0dd30.txt");
        var r = StoryReader.Load(seed);
        var mia = Assert.Single(r.People);
        Assert.Equal("Mia Kalmurzaeva", mia.Person.Name);
        Assert.DoesNotContain(r.People, p => p.Person.Name.Contains("Russia") || p.Person.Name.Contains("Echoes"));
        Assert.All(mia.Mood.Weights, w => Assert.True(w > 0, $"mood {mia.Mood}"));
        Assert.True(mia.Person.ByPronoun.Count >= 3);
        Assert.Equal("Echoes of Mia Kalmurzaeva", r.Title);
    }

    [Fact]
    public void A_written_scene_reads_back_the_same()
    {
        var r = Read("Chloé O'Brien loved \"Big\" Jim. Big Jim left her by the sea at night. She sat alone and wept.");
        var scene = r.ToScene();
        var back = SceneReader.Parse(SceneWriter.ToYaml(scene, "a comment"), "scene.yaml");
        Assert.Equal(scene.Title, back.Title);
        Assert.Equal(scene.Seed, back.Seed);
        Assert.Equal(scene.Mood, back.Mood);
        Assert.Equal(scene.Landscape, back.Landscape);
        Assert.Equal(scene.Figures, back.Figures);
        Assert.Equal(scene.Ties, back.Ties);
        Assert.Contains(scene.Figures, f => f.Name == "Chloé O'Brien");
    }

    [Fact]
    public void Any_text_reads_or_fails_with_a_clear_error()
    {
        Gen.String.Sample(text =>
        {
            try
            {
                var r = StoryReader.Read(text);
                _ = SceneReader.Parse(SceneWriter.ToYaml(r.ToScene()));
                _ = StoryExplanation.Explain(r);
            }
            catch (EchoesException) { }
        }, iter: 2000);
        string[] words = ["Ana", "Ben", "loved", "left", "not", "she", "he", ".", ",", "\"", "'", "the", "old", "fisherman", "sea", "\n\n", "Mr", "Moscow",
            "I", "we", "they", "and", "said", "\n", "- ", "1.", "#", "Анна", "Аню", "Петровна", "она", "он", "я", "любила", "ушёл", "от", "не", "—",
            "«", "»", "сказала", "бабушка", "Mother", "together", "María"];
        Gen.Int[0, words.Length - 1].Select(i => words[i]).Array[0, 60].Select(w => string.Join(' ', w)).Sample(text =>
            {
                try { _ = SceneReader.Parse(SceneWriter.ToYaml(StoryReader.Read(text).ToScene())); }
                catch (EchoesException) { }
            }, iter: 2000);
    }

    [Fact]
    public void A_story_with_more_people_than_a_scene_holds_keeps_the_most_named_and_says_who_is_left_out()
    {
        string[] first = ["Alice", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hugo", "Ines"];
        string[] last = ["Abbot", "Barker", "Carver", "Dawson", "Ellis"];
        var names = first.SelectMany(f => last.Select(l => $"{f} {l}")).ToList(); // 45 people
        // The first five are named three times, the rest once: the five are kept for sure, five of the others are not.
        string text = string.Concat(names.Select((n, i) => string.Concat(Enumerable.Repeat($"{n} smiled. ", i < 5 ? 3 : 1))));
        var r = Read(text);
        Assert.Equal(StoryReader.MaxPeople, r.People.Count);
        Assert.All(names.Take(5), n => Assert.Contains(r.People, p => p.Person.Name == n));
        string notice = Assert.Single(r.Warnings);
        Assert.StartsWith("45 people found, over the 40 a scene holds: kept the 40 named most often (Alice Abbot, ", notice);
        var left = names.Where(n => !r.People.Any(p => p.Person.Name == n)).ToList();
        Assert.Equal(5, left.Count);
        Assert.EndsWith($"left out {string.Join(", ", left)}", notice);
        Assert.Equal(40, SceneReader.Parse(SceneWriter.ToYaml(r.ToScene())).Figures.Count);
    }

    [Fact]
    public void A_long_run_of_capitalised_words_never_makes_a_name_compose_refuses()
    {
        string run = string.Join(' ', Enumerable.Range(0, 16).Select(i => "Alice Smith Bob Jones Carol White Dan Cole".Split(' ')[i % 8] + i));
        var r = Read($"{run} smiled. {run} laughed.");
        Assert.All(r.People, p => Assert.InRange(p.Person.Name.Length, 1, 64));
        _ = SceneReader.Parse(SceneWriter.ToYaml(r.ToScene()));
    }

    [Fact]
    public void Direction_is_kept_and_explained_where_the_text_gives_it()
    {
        var r = Read("Tomas missed Ines every day. Ines did not miss him at all.");
        var tie = Assert.Single(r.Ties);
        Assert.True(tie.Strength < 0, $"tie {tie.Strength}");
        string why = StoryExplanation.Explain(r);
        Assert.Contains("missed (s1, Tomas → Ines) +0.50", why);
        Assert.Contains("not miss (s2, Ines → Tomas) -0.40", why);
        Assert.Contains("Tomas → Ines ends +0.50", why);
        Assert.Contains("Ines → Tomas ends -0.40", why);
    }

    [Fact]
    public void A_later_turn_outweighs_an_earlier_one_and_a_reconciliation_turns_it_back()
    {
        float Tie(string text) => Assert.Single(Read(text).Ties).Strength;
        Assert.True(Tie("John met Sarah at a dance. Years later Sarah left John.") < 0);
        Assert.True(Tie("John loved Sarah. Sarah betrayed John.") < 0);
        Assert.True(Tie("Ana and Ben argued for years. In the end Ana forgave Ben.") > 0);
        var group = Read("Alice, Bob and Carol went to the sea together.").Ties;
        Assert.Equal(3, group.Count);
        Assert.All(group, t => Assert.True(t.Strength > 0));
    }

    [Fact]
    public void The_narrator_is_a_person_named_when_the_text_names_them()
    {
        var unnamed = Read("I grew up by the sea. I loved my grandmother more than anyone, and she loved me.");
        var me = Assert.Single(unnamed.People, p => p.Person.IsNarrator);
        Assert.Equal("the narrator", me.Person.Name);
        Assert.Equal(2, me.Mood.Weights.ToList().IndexOf(me.Mood.Weights.Max()));
        var named = Read("My name is Lena. I loved my brother Mark.");
        Assert.Equal("Lena", Assert.Single(named.People, p => p.Person.IsNarrator).Person.Name);
        Assert.True(Assert.Single(named.Ties).Strength > 0);
    }

    [Fact]
    public void Speech_is_its_speakers_and_pronouns_follow_gender()
    {
        var r = Read("Marta stood at the stove when Pawel came in.\n\"I missed you,\" he said.\nShe set the pot down.");
        var marta = Person(r, "Marta").Person;
        var pawel = Person(r, "Pawel").Person;
        Assert.Equal('m', pawel.Gender);
        Assert.Contains(2, marta.Sentences);
        Assert.DoesNotContain(2, pawel.Sentences);
        Assert.Contains(Person(r, "Pawel").Hits, h => h.Words == "missed");
        Assert.DoesNotContain(Person(r, "Marta").Hits, h => h.Words == "missed");
    }
}
