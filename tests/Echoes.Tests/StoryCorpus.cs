namespace Echoes.Tests;

/// <summary>One labelled text: who a reader finds in it, the sign of each tie between them, and (where the text
/// makes it plain) the strongest feeling of one person. A name may list alternatives a reader would accept
/// ("Vera|Grandmother Vera").</summary>
/// <param name="Id">Short label for reports.</param>
/// <param name="Text">The story.</param>
/// <param name="People">Everyone a reader would paint.</param>
/// <param name="Ties">"A + B" or "A - B": the pairs a reader would tie, with the sign the story ends on.</param>
/// <param name="Feeling">"Name: feeling" (joy, sorrow, love, loss) where one feeling clearly leads, else null.</param>
/// <param name="Foreign">The text is in a language the reader does not read: it must say so.</param>
public sealed record StoryCase(string Id, string Text, string[] People, string[] Ties, string? Feeling = null, bool Foreign = false)
{
    /// <inheritdoc/>
    public override string ToString() => Id;
}

/// <summary>The labelled corpus: short texts written for these tests, in English and Russian, each a kind of story the
/// reader has to get right (lists, headings, dialogue, first person, groups, turns over time, declined Russian names…).</summary>
public static class StoryCorpus
{
    public static readonly StoryCase[] All =
    [
        // --- lists, lines, headings ---
        new("names one per line", "Alice Smith\nBob Jones\nCarol White\nDavid Brown\nEmma Green\nFrank Black\n",
            ["Alice Smith", "Bob Jones", "Carol White", "David Brown", "Emma Green", "Frank Black"], []),
        new("bulleted guests", "Who came to the wedding:\n- Maria Lopez, the bride's cousin\n- Tom Hale\n- Ruth Okafor, who cried through the vows\n" +
            "- Sam Reyes\n", ["Maria Lopez", "Tom Hale", "Ruth Okafor", "Sam Reyes"], [], "Ruth Okafor: sorrow"),
        new("numbered list", "1. Anna Kowalski\n2. Jonas Berg\n3. Li Wei\n4. Fatima Zahra\n", ["Anna Kowalski", "Jonas Berg", "Li Wei", "Fatima Zahra"], []),
        new("headings", "# Grandmother Vera\nShe raised six children in a house by the river and laughed at every storm.\n\n# Uncle Pavel\n" +
            "He left for the city at sixteen and wrote to her every week.\n",
            ["Vera|Grandmother Vera", "Pavel|Uncle Pavel"], ["Vera|Grandmother Vera + Pavel|Uncle Pavel"], "Vera|Grandmother Vera: joy"),
        new("cast with colons", "Dramatis personae\nIrene Vasquez: a widow who keeps the lighthouse\nJoaquin Mora: her son, a fisherman\n" +
            "Beatrix Hale: the doctor\n", ["Irene Vasquez", "Joaquin Mora", "Beatrix Hale"], []),
        new("names in a sentence", "At the reunion were Alice Smith, Bob Jones, Carol White and Dan Cole.",
            ["Alice Smith", "Bob Jones", "Carol White", "Dan Cole"], []),
        new("markdown heading", "## Leonora\nLeonora kept bees and sold honey at the market. She was the happiest woman I knew.\n",
            ["Leonora", "the narrator"], [], "Leonora: joy"),

        // --- dialogue ---
        new("unforgiven", "Marta stood at the stove when Pawel came in.\n\"I missed you,\" he said.\nShe set the pot down. \"You were gone " +
            "three years,\" she said quietly.\n\"I know. I wrote every month.\"\nMarta had not forgiven Pawel, not yet.\n",
            ["Marta", "Pawel"], ["Marta - Pawel"]),
        new("missed you too", "\"I missed you every day,\" said Daniel.\nClara smiled. \"I missed you too,\" she said, and hugged him.\n",
            ["Daniel", "Clara"], ["Daniel + Clara"], "Clara: love"),
        new("two men and a woman", "Pavel and Sergei sat by the fire. Olga brought the tea.\n\"You lied to me,\" Pavel said to Sergei.\n" +
            "\"I was afraid,\" Sergei answered.\nShe left the room in silence.\n", ["Pavel", "Sergei", "Olga"], ["Pavel - Sergei"], "Sergei: sorrow"),
        new("rain", "\"Are you coming?\" asked Leo.\n\"No,\" said Nora. \"I hate the rain.\"\n\"Then I will go alone.\"\n", ["Leo", "Nora"], [],
            "Nora: sorrow"),
        new("slap", "\"Where were you?\" Ines asked.\n\"At the harbour,\" Mateo said.\n\"With her?\"\nHe did not answer. Ines slapped him and " +
            "walked out.\n", ["Ines", "Mateo"], ["Ines - Mateo"]),
        new("happy speaker", "\"I am so happy,\" said Greta. Her brother Hans said nothing; he was grieving for his old dog.",
            ["Greta", "Hans"], [], "Greta: joy"),

        // --- first person ---
        new("my mother sang", "I was born in a fishing town. My mother sang every morning, and I loved her for it. When she died, I stopped " +
            "singing.", ["the narrator", "my mother"], ["the narrator + my mother"], "the narrator: love"),
        new("named narrator", "My name is Lena. I have two brothers, Mark and Ivo. Mark taught me to swim; Ivo taught me to lie. I trusted " +
            "Mark and never trusted Ivo again.", ["Lena", "Mark", "Ivo"], ["Lena + Mark", "Lena - Ivo"]),
        new("I love her", "I love her, but Jenny never noticed me. She married Carl in June.", ["the narrator", "Jenny", "Carl"],
            ["the narrator + Jenny", "Jenny + Carl"], "the narrator: love"),
        new("we were four", "We were four: Mila, Oskar, Tariq and I. We went to the sea together every summer, and we were happy.",
            ["Mila", "Oskar", "Tariq", "the narrator"],
            ["Mila + Oskar", "Mila + Tariq", "Mila + the narrator", "Oskar + Tariq", "Oskar + the narrator", "Tariq + the narrator"],
            "the narrator: joy"),
        new("my father at the mill", "My father worked at the mill. My mother waited for him every night. I never understood why she stayed.",
            ["the narrator", "my father", "my mother"], ["my father + my mother"]),

        // --- groups ---
        new("three to the sea", "Alice, Bob and Carol went to the sea together. They swam until dark and laughed all the way home.",
            ["Alice", "Bob", "Carol"], ["Alice + Bob", "Alice + Carol", "Bob + Carol"], "Alice: joy"),
        new("a band", "Nadia, Rafael and Owen formed a band in 1999. They played every bar in the city and loved every minute.",
            ["Nadia", "Rafael", "Owen"], ["Nadia + Rafael", "Nadia + Owen", "Rafael + Owen"]),
        new("two couples", "Kenji and Yuki married in spring. Across the street, Omar and Leila divorced in the same week.",
            ["Kenji", "Yuki", "Omar", "Leila"], ["Kenji + Yuki", "Omar - Leila"]),
        new("Sunday cooking", "Priya and her grandmother cooked together every Sunday. Her grandmother taught her to laugh at burnt rice.",
            ["Priya", "the grandmother|her grandmother|Priya's grandmother"], ["Priya + the grandmother|her grandmother|Priya's grandmother"],
            "Priya: joy"),

        // --- turns over time, direction, negation ---
        new("met then left", "John met Sarah at a dance in 1962. They were happy for a while. Years later Sarah left John.",
            ["John", "Sarah"], ["John - Sarah"]),
        new("loved then betrayed", "John loved Sarah. Sarah betrayed John.", ["John", "Sarah"], ["John - Sarah"]),
        new("forgiven at last", "Ana and Ben argued for years. In the end Ana forgave Ben, and they grew old together.", ["Ana", "Ben"],
            ["Ana + Ben"]),
        new("argued and left", "Ilya loved Anna, but one night he argued with her and left her.", ["Ilya", "Anna"], ["Ilya - Anna"]),
        new("one-sided", "Tomas missed Ines every day. Ines did not miss him at all; she had a new life in Porto.", ["Tomas", "Ines"],
            ["Tomas - Ines"], "Tomas: loss"),
        new("stepfather", "Lucia hated her stepfather, Victor. He never once hugged her.", ["Lucia", "Victor"], ["Lucia - Victor"], "Lucia: sorrow"),
        new("never loved", "Rosa never loved Diego. She married him for his land, and she left him when the land was gone.", ["Rosa", "Diego"],
            ["Rosa - Diego"]),
        new("brothers", "Hugo and Bruno were brothers. Hugo was the elder. He protected Bruno from every bully at school, and Bruno adored him.",
            ["Hugo", "Bruno"], ["Hugo + Bruno"], "Bruno: love"),
        new("the bakery", "Marek and Zofia ran the bakery. She baked the bread; he sold it. He adored her.", ["Marek", "Zofia"], ["Marek + Zofia"],
            "Marek: love"),
        new("comforted", "Ali comforted his sister Mina after the funeral. Mina could not stop crying.", ["Ali", "Mina"], ["Ali + Mina"],
            "Mina: sorrow"),
        new("his silence", "Mia's husband, Aaron, was a quiet man. Mia loved his silence.", ["Mia", "Aaron"], ["Mia + Aaron"], "Mia: love"),

        // --- roles, titles, places, works ---
        new("Mrs Hale's coat", "Mrs Hale gave the boy a coat. The boy thanked her and ran home through the snow.", ["Mrs Hale|Hale", "the boy"],
            ["Mrs Hale|Hale + the boy"]),
        new("the old fisherman", "The old fisherman lived alone. Every morning a girl from the village brought him bread, and the fisherman " +
            "smiled at her.", ["the old fisherman", "the girl"], ["the old fisherman + the girl"]),
        new("doctor and soldier", "Dr. Amara Osei treated the soldier for a week. The soldier never forgot her kindness.",
            ["Amara Osei|Dr. Amara Osei|Dr Amara Osei", "the soldier"], ["Amara Osei|Dr. Amara Osei|Dr Amara Osei + the soldier"]),
        new("Berlin", "Sofia moved from Lisbon to Berlin. In Berlin she met Kai, and they opened a café together.", ["Sofia", "Kai"],
            ["Sofia + Kai"]),
        new("the blue door", "Hana painted \"The Blue Door\" for her grandmother, Emi. Emi cried when she saw it and kissed her.",
            ["Hana", "Emi"], ["Hana + Emi"]),
        new("empty shore", "The sea was grey at dusk. Waves broke on the empty shore, and the wind carried nothing but salt.", [], []),

        // --- other languages: a warning, names still found ---
        new("Spanish", "María vivía con su hermano Pablo en un pueblo cerca del mar. Ella lo quería mucho, pero un día él se fue a la ciudad " +
            "y nunca volvió.", ["María", "Pablo"], [], Foreign: true),
        new("French", "Jeanne aimait Louis depuis l'enfance. Ils se sont mariés au printemps, mais Louis est parti à la guerre et il n'est " +
            "jamais revenu.", ["Jeanne", "Louis"], [], Foreign: true),

        // --- Russian ---
        new("ru: ушёл от Анны", "Анна жила у моря. Она любила Ивана, а Иван любил горы. Однажды он ушёл от Анны.", ["Анна", "Иван"],
            ["Анна - Иван"], "Анна: love"),
        new("ru: Пётр и Мария", "Мария встретила Петра на вокзале. Петру было грустно, и Мария обняла его. С тех пор Пётр часто писал Марии.",
            ["Мария", "Пётр"], ["Мария + Пётр"], "Пётр: sorrow"),
        new("ru: Анна Петровна", "Анна Петровна всю жизнь учила детей в деревне. Дети любили Анну Петровну. Когда она умерла, вся деревня " +
            "плакала.", ["Анна Петровна"], []),
        new("ru: Аня и Дима", "Анна Сергеевна приехала в город весной. Все звали её Аней. Аня любила старый парк и Дмитрия, который играл " +
            "там на скрипке. Дима тоже любил Аню.", ["Анна Сергеевна", "Дмитрий"], ["Анна Сергеевна + Дмитрий"], "Анна Сергеевна: love"),
        new("ru: Ольга и Борис", "Ольга и Борис жили в Москве. Она работала на заводе, он писал стихи. Он изменял ей, и она ушла от него.",
            ["Ольга", "Борис"], ["Ольга - Борис"]),
        new("ru: бабушка Вера", "Я выросла в деревне под Тверью. Моя бабушка Вера научила меня читать. Я очень любила её.",
            ["рассказчица|рассказчик", "Вера|бабушка Вера"], ["рассказчица|рассказчик + Вера|бабушка Вера"], "рассказчица|рассказчик: love"),
        new("ru: на реку вместе", "Коля, Петя и Саша пошли на реку вместе. Они купались до темноты и смеялись.", ["Коля", "Петя", "Саша"],
            ["Коля + Петя", "Коля + Саша", "Петя + Саша"], "Коля: joy"),
        new("ru: Сергей и Ирина", "Сергей познакомился с Ириной в Киеве. Они поженились через год. Через десять лет Ирина ушла от Сергея и " +
            "уехала в Москву.", ["Сергей", "Ирина"], ["Сергей - Ирина"]),
        new("ru: не прощу", "«Я тебя никогда не прощу», — сказала Вера Николаю. Николай молча вышел.", ["Вера", "Николай"], ["Вера - Николай"]),
        new("ru: тире", "Катя вошла в комнату.\n— Ты опять опоздал, — сказала она.\n— Прости, — ответил Миша. — Я люблю тебя.\n" +
            "Катя улыбнулась и поцеловала его.\n", ["Катя", "Миша"], ["Катя + Миша"], "Миша: love"),
        new("ru: все падежи", "Анну все любили. Анне писали письма, с Анной гуляли по вечерам, об Анне говорили в деревне. Анна была счастлива.",
            ["Анна"], [], "Анна: joy"),
        new("ru: скучал по Лене", "Игорь скучал по Лене каждый день. Лена его не вспоминала.", ["Игорь", "Лена"], ["Игорь - Лена"], "Игорь: loss"),
        new("ru: список соседей", "Наши соседи:\nИван Петрович Сидоров\nМарина Козлова\nСтепан Ильич\nДарья Михайловна\n",
            ["Иван Петрович Сидоров", "Марина Козлова", "Степан Ильич", "Дарья Михайловна"], []),
        new("ru: предал", "Фёдор предал Григория. Григорий не простил Фёдора до самой смерти.", ["Фёдор", "Григорий"], ["Фёдор - Григорий"]),
        new("ru: заголовки", "Бабушка Нина\nОна прожила девяносто лет и пережила войну, но всегда смеялась.\n\nДедушка Лёня\nОн пропал без вести " +
            "в сорок третьем году.\n", ["Нина|Бабушка Нина", "Лёня|Дедушка Лёня"], []),
        new("ru: вернулся с войны", "Михаил Андреевич Орлов вернулся с войны в сорок пятом. Жена, Татьяна, ждала его шесть лет. Орлов обнял " +
            "Татьяну и заплакал.", ["Михаил Андреевич Орлов", "Татьяна"], ["Михаил Андреевич Орлов + Татьяна"], "Михаил Андреевич Орлов: sorrow"),
        new("ru: дружили", "Вера и Надя дружили с детства. Каждое лето они вместе ездили к морю.", ["Вера", "Надя"], ["Вера + Надя"]),
        new("ru: отец и Лёша", "Отец часто бил Лёшу, а мать молчала. Лёша ненавидел отца и рано ушёл из дома.", ["отец", "Лёша", "мать"],
            ["отец - Лёша"], "Лёша: sorrow"),
        new("ru: бабушка Аглая", "Бабушка Аглая пекла пироги по воскресеньям. Внуки обожали её.", ["Аглая|Бабушка Аглая"], [],
            "Аглая|Бабушка Аглая: love"),

        // --- written after the rules above, and first read unseen: people 27/31 found right of 32, tie signs 6/8 of 13 ---
        new("unseen: wedding list", "Guests at the table:\n* Rosa Delgado\n* Hamid Karimi\n* Elsa Lindqvist\n", ["Rosa Delgado", "Hamid Karimi", "Elsa Lindqvist"], []),
        new("unseen: letters", "Every Sunday Agnes wrote to her son Peter in Canada. Peter never wrote back. When Agnes died, Peter cried for days.",
            ["Agnes", "Peter"], ["Agnes + Peter"], "Peter: sorrow"),
        new("unseen: dialogue quarrel", "\"You promised,\" Yusuf said.\n\"I know,\" said Leyla. \"I'm sorry.\"\nYusuf shouted at her and slammed the door.",
            ["Yusuf", "Leyla"], ["Yusuf - Leyla"]),
        new("unseen: first person we", "My sister Irma and I shared a bed until we were twelve. We fought every night and laughed every morning. " +
            "I still miss her.", ["the narrator", "Irma"], ["the narrator + Irma"], "the narrator: loss"),
        new("unseen: turn", "Paolo and Greta were best friends for twenty years. Then Greta lied to him about the money, and Paolo never spoke to her " +
            "again.", ["Paolo", "Greta"], ["Paolo - Greta"]),
        new("unseen: group", "Mother, Father and little Sam went fishing together every summer.", ["Mother", "Father", "Sam"],
            ["Mother + Father", "Mother + Sam", "Father + Sam"]),
        new("unseen: roles", "The teacher waited at the gate. The boy ran to her and hugged her.", ["the teacher", "the boy"], ["the teacher + the boy"]),
        new("unseen: ru list", "В тот вечер пришли:\nОльга Сергеевна\nПавел Андреевич\nЛиза\n", ["Ольга Сергеевна", "Павел Андреевич", "Лиза"], []),
        new("unseen: ru turn", "Наташа любила Виктора десять лет. Потом Виктор уехал в Ташкент и забыл её. Наташа так и не вышла замуж.",
            ["Наташа", "Виктор"], ["Наташа - Виктор"]),
        new("unseen: ru dialogue", "— Мама, я вернулся, — сказал Андрей.\nМать обняла сына и заплакала.", ["Андрей", "мать"], ["Андрей + мать"]),
        new("unseen: ru diminutive", "Екатерина Ивановна растила внука одна. Катя, как звали её соседи, никогда не жаловалась. Внук Серёжа очень любил бабушку.",
            ["Екатерина Ивановна", "Серёжа"], ["Екатерина Ивановна + Серёжа"]),
        new("unseen: ru cases", "Все в деревне знали Фросю. Фросе несли больных детей, к Фросе шли за советом. Фрося всегда помогала.", ["Фрося"], []),
        new("unseen: ru first person", "Я помню деда Матвея. Он учил меня плавать и никогда на меня не кричал. Я его очень любил.",
            ["рассказчик", "Матвей|дед Матвей"], ["рассказчик + Матвей|дед Матвей"], "рассказчик: love"),
        new("unseen: german", "Greta wohnte mit ihrem Bruder Karl in einem kleinen Haus am See. Sie liebte ihn sehr, aber er ging in die Stadt.",
            ["Greta", "Karl"], [], Foreign: true),
        new("unseen: directed", "Omar adored Lina. Lina barely noticed him, and in the end she married someone else.", ["Omar", "Lina"], ["Omar + Lina"]),
    ];
}
