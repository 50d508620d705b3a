namespace Echoes.Stories;

/// <summary>The closed word lists the story reader leans on: grammar, titles, roles, places, relations, settings.</summary>
internal static class StoryWords
{
    private static HashSet<string> Set(string words) => new(words.Split((char[])[' ', '\n', '\r'],
        StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>Capitalised only because they start a sentence (or are pronouns): never names.</summary>
    public static readonly HashSet<string> Function = Set("""
        a an the and or but nor so yet for of in on at to from with by as into onto over under after before during since until
        while when whenever where wherever why how what which who whom whose that this these those there here then than
        if unless because although though despite however meanwhile moreover nevertheless still now later once soon
        i me my mine we us our ours you your yours he him his she her hers it its they them their theirs myself herself
        himself itself themselves ourselves yourself one ones each every all some many most few several both either
        neither no not none nothing nobody everyone everybody someone somebody anyone something everything anything
        even only just also perhaps maybe finally suddenly sometimes always never often again instead indeed
        today tomorrow yesterday tonight years days weeks months morning evening night afternoon
        growing being having looking seeing feeling thinking walking standing sitting
        yes oh ah well dear god lord please thank thanks hello goodbye
        monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
        september october november december spring summer autumn winter christmas easter
        english french german russian spanish italian chinese japanese american british european african asian
        """);

    /// <summary>Words before a name that make it a person.</summary>
    public static readonly HashSet<string> Titles = Set("mr mrs ms miss mx dr doctor prof professor sir dame lady lord aunt uncle grandma grandpa " +
        "granny nana grandmother grandfather captain father mother sister brother saint st madame monsieur señor señora");

    /// <summary>Words that name a person by their role, with the pronoun gender they carry ('f', 'm' or '?').</summary>
    public static readonly Dictionary<string, char> Roles = new(StringComparer.Ordinal)
    {
        ["woman"] = 'f', ["man"] = 'm', ["girl"] = 'f', ["boy"] = 'm', ["mother"] = 'f', ["father"] = 'm', ["mom"] = 'f', ["mum"] = 'f',
        ["dad"] = 'm', ["sister"] = 'f', ["brother"] = 'm', ["daughter"] = 'f', ["son"] = 'm', ["wife"] = 'f', ["husband"] = 'm',
        ["grandmother"] = 'f', ["grandfather"] = 'm', ["grandma"] = 'f', ["grandpa"] = 'm', ["aunt"] = 'f', ["uncle"] = 'm',
        ["widow"] = 'f', ["widower"] = 'm', ["queen"] = 'f', ["king"] = 'm', ["princess"] = 'f', ["prince"] = 'm',
        ["lady"] = 'f', ["gentleman"] = 'm', ["bride"] = 'f', ["groom"] = 'm', ["nun"] = 'f', ["monk"] = 'm', ["priest"] = 'm',
        ["fisherman"] = 'm', ["fisherwoman"] = 'f', ["farmer"] = '?', ["sailor"] = '?', ["soldier"] = '?', ["child"] = '?',
        ["friend"] = '?', ["stranger"] = '?', ["neighbour"] = '?', ["neighbor"] = '?', ["teacher"] = '?', ["painter"] = '?',
        ["poet"] = '?', ["musician"] = '?', ["doctor"] = '?', ["nurse"] = '?', ["traveller"] = '?', ["traveler"] = '?',
        ["shepherd"] = '?', ["baker"] = '?', ["lover"] = '?', ["widowed"] = '?', ["orphan"] = '?', ["baby"] = '?',
        ["student"] = '?', ["writer"] = '?', ["artist"] = '?', ["singer"] = '?', ["dancer"] = '?', ["guard"] = '?',
        ["wanderer"] = '?', ["pilgrim"] = '?', ["beggar"] = '?', ["merchant"] = '?', ["keeper"] = '?', ["miner"] = '?',
        ["stepfather"] = 'm', ["stepmother"] = 'f', ["cousin"] = '?', ["nephew"] = 'm', ["niece"] = 'f', ["grandson"] = 'm',
        ["granddaughter"] = 'f', ["fiancé"] = 'm', ["fiancée"] = 'f', ["postman"] = 'm', ["midwife"] = 'f', ["boss"] = '?',
    };

    /// <summary>Determiners that open a role mention ("the old fisherman", "her brother").</summary>
    public static readonly HashSet<string> Determiners = Set("the a an his her their my our your this that");

    /// <summary>Words before a role that make it a description, not a new person ("as a painter", "was a painter").</summary>
    public static readonly HashSet<string> Predicative = Set("as like was is were are be been become became becomes being seemed remained");

    public static readonly HashSet<string> PronounsF = Set("she her hers herself");
    public static readonly HashSet<string> PronounsM = Set("he him his himself");

    /// <summary>Prepositions after which a capitalised name is usually a place.</summary>
    public static readonly HashSet<string> PlacePrepositions = Set("in at from to near across through towards toward into around outside inside " +
        "beyond via");

    /// <summary>Name endings that make a place or an institution, not a person.</summary>
    public static readonly HashSet<string> PlaceEndings = Set("""
        street road avenue lane square river lake sea ocean bay mountain mountains hill hills valley island islands park city
        town village county state republic kingdom desert forest coast beach harbour harbor station bridge cathedral church
        museum gallery university college school hospital hotel cafe café restaurant company bank theatre theater palace tower
        """);

    /// <summary>A few places by name, for when the sentence gives no cue.</summary>
    public static readonly HashSet<string> Places = Set("""
        russia moscow siberia ukraine kyiv poland warsaw germany berlin france paris spain madrid italy rome venice england london
        scotland ireland dublin wales britain europe asia africa america americas australia antarctica china beijing japan tokyo
        india delhi mumbai korea seoul vietnam thailand indonesia iran iraq syria israel jerusalem egypt cairo turkey istanbul
        greece athens portugal lisbon netherlands amsterdam belgium sweden norway oslo finland denmark iceland austria vienna
        switzerland hungary budapest czechia prague romania bulgaria serbia croatia kazakhstan almaty astana uzbekistan mongolia
        georgia armenia canada toronto mexico brazil argentina chile peru colombia cuba nigeria kenya ethiopia morocco
        california texas york chicago boston alaska sahara alps himalaya himalayas andes arctic pacific atlantic mediterranean
        """);

    /// <summary>Common given names (for a pronoun's gender before the text shows it).</summary>
    public static readonly HashSet<string> FemaleNames = Set("""
        mia anna ana maria mary sarah sara emma olivia ava sophia sofia isabella amelia grace lily ella chloe zoe lucy alice
        clara elena helen helena irina olga natasha tatiana svetlana aigerim aisha fatima leila layla yasmin mei yuki hana
        nora laura julia rosa rose eva eve ivy jane emily charlotte hannah lea leah ruth esther naomi miriam marta ingrid
        carol caroline catherine kate katie kathleen margaret maggie elizabeth liz beth betty susan sue linda barbara patricia
        nancy karen lisa jennifer jenny jessica ashley amanda melissa michelle stephanie rebecca rachel deborah dorothy joan
        judith alison anne annie martha louise lucia lucía ines inés isabel beatriz beatrix carmen dolores pilar teresa marisol
        jeanne marie sophie camille chloé manon juliette amélie greta heidi ursula gisela liesel zofia agnieszka kasia magda
        ewa lena elin astrid sigrid freya priya anjali deepa lakshmi sunita amara ama abena chioma ngozi zainab amina nadia
        mila irene leonora emi akiko keiko sakura ling mei-ling xiu wen nina vera galina ludmila oksana daria dasha masha
        """);

    public static readonly HashSet<string> MaleNames = Set("""
        john james david daniel michael peter paul mark luke thomas tom ben benjamin sam samuel jack harry henry george
        william leo oliver noah liam ethan adam ivan ilya dmitri dmitry sergei alexei nikolai yuri boris arman nurlan
        ahmed omar ali hassan yusuf kenji hiroshi wei jin carlos diego juan pablo luis marco antonio giovanni pierre jean
        hans karl erik lars felix max victor oscar hugo simon joseph jacob isaac elijah
        bob robert rob richard charles charlie edward ed frank francis fred frederick andrew andy anthony tony steven steve
        kevin brian gary larry dennis walter arthur albert alfred harold ernest ralph roger dan dan danny matthew matt
        mateo pedro miguel jorge javier alejandro rafael manuel jose josé joaquin joaquín louis jacques pierre françois
        luc henri klaus jürgen wolfgang dieter pawel paweł piotr marek tomasz jan tomas tomás ivo mark kai kenji hiroshi
        takeshi omar tariq hamza karim rashid ali bilal raj arjun ravi vikram kwame kofi emeka chidi owen rhys dylan evan
        bruno diego aaron daniel leo oskar pavel sergei sergey ilia vladimir dimitri nikolay mikhail pablo
        """);

    /// <summary>A known woman's given name, with or without its accents (María, Maria).</summary>
    public static bool IsFemaleName(string lower) => FemaleNames.Contains(lower) || FemaleNames.Contains(Plain(lower));

    /// <summary>A known man's given name, with or without its accents (José, Jose).</summary>
    public static bool IsMaleName(string lower) => MaleNames.Contains(lower) || MaleNames.Contains(Plain(lower));

    // Accents folded by hand: the build runs with invariant globalization, where Normalize leaves them be.
    private const string Accented = "áàâäãåāéèêëēíìîïīóòôöõøōúùûüūñçłśźżćńýšžčřğşı";
    private const string Folded = "aaaaaaaeeeeeiiiiiooooooouuuuunclszzcnyszcrgsi";

    private static string Plain(string s) => new([.. s.Select(c => Accented.IndexOf(c) is >= 0 and var k ? Folded[k] : c)]);

    /// <summary>Relation words between two people: sign and strength of the tie they make.</summary>
    public static readonly Dictionary<string, float> Relations = new(StringComparer.Ordinal)
    {
        ["loved"] = 0.8f, ["love"] = 0.8f, ["loves"] = 0.8f, ["adored"] = 0.8f, ["married"] = 0.8f, ["kissed"] = 0.7f,
        ["hugged"] = 0.6f, ["embraced"] = 0.6f, ["cherished"] = 0.7f, ["befriended"] = 0.6f, ["comforted"] = 0.5f,
        ["forgave"] = 0.5f, ["trusted"] = 0.5f, ["missed"] = 0.5f, ["misses"] = 0.5f, ["helped"] = 0.4f, ["visited"] = 0.4f,
        ["protected"] = 0.5f, ["supported"] = 0.4f, ["reunited"] = 0.7f, ["met"] = 0.3f, ["meets"] = 0.3f, ["joined"] = 0.3f,
        ["thanked"] = 0.3f, ["wrote"] = 0.2f, ["called"] = 0.2f, ["danced"] = 0.5f, ["laughed"] = 0.3f, ["together"] = 0.3f,
        ["held"] = 0.5f, ["waited"] = 0.3f, ["remembered"] = 0.4f, ["mourned"] = 0.5f, ["grieved"] = 0.5f, ["longed"] = 0.5f,
        ["left"] = -0.6f, ["leaves"] = -0.6f, ["abandoned"] = -0.8f, ["deserted"] = -0.8f, ["argued"] = -0.5f, ["quarrelled"] = -0.5f,
        ["quarreled"] = -0.5f, ["fought"] = -0.6f, ["hated"] = -0.8f, ["hates"] = -0.8f, ["betrayed"] = -0.8f, ["ignored"] = -0.5f,
        ["avoided"] = -0.4f, ["divorced"] = -0.7f, ["blamed"] = -0.5f, ["lied"] = -0.5f, ["shouted"] = -0.5f, ["insulted"] = -0.6f,
        ["resented"] = -0.6f, ["envied"] = -0.4f, ["estranged"] = -0.7f, ["refused"] = -0.3f, ["rejected"] = -0.6f, ["cursed"] = -0.6f,
        ["slapped"] = -0.7f, ["hit"] = -0.6f, ["scolded"] = -0.4f, ["accused"] = -0.5f, ["parted"] = -0.4f, ["forgot"] = -0.4f,
        // Other forms of the same words: the present and the participle tell the same tie.
        ["forgiven"] = 0.5f, ["forgive"] = 0.5f, ["forgives"] = 0.5f, ["miss"] = 0.5f, ["adore"] = 0.8f, ["adores"] = 0.8f,
        ["hug"] = 0.6f, ["hugs"] = 0.6f, ["kiss"] = 0.7f, ["kisses"] = 0.7f, ["trust"] = 0.5f, ["trusts"] = 0.5f, ["smiled"] = 0.3f,
        ["marries"] = 0.8f, ["marry"] = 0.8f, ["comforts"] = 0.5f, ["helps"] = 0.4f, ["hate"] = -0.8f, ["betrays"] = -0.8f,
        ["abandons"] = -0.8f, ["forgotten"] = -0.4f, ["forget"] = -0.4f, ["leave"] = -0.6f, ["fights"] = -0.6f, ["lies"] = -0.5f,
    };

    /// <summary>Setting words: the landscape they suggest.</summary>
    public static readonly Dictionary<string, string> Lands = Words<string>(new()
    {
        ["coast"] = "sea seas ocean coast coastal shore shores beach beaches waves wave harbour harbor port boat boats ship ships sail sailed " +
            "fisherman fishermen island cliff cliffs tide lighthouse bay",
        ["mountains"] = "mountain mountains peak peaks summit ridge ridges alps snow snowy glacier climb climbed pass slopes crag",
        ["dunes"] = "desert deserts dune dunes sand sands sandy oasis camel camels caravan sahara arid",
        ["plains"] = "field fields plain plains prairie steppe steppes meadow meadows farm farms wheat grass grassland rural countryside harvest " +
            "horizon pasture",
        ["valley"] = "valley valleys river rivers village villages hills hill forest woods stream brook orchard vineyard",
    });

    /// <summary>Setting words: the time of day they suggest.</summary>
    public static readonly Dictionary<string, string> Times = Words<string>(new()
    {
        ["night"] = "night nights midnight moon moonlight moonlit stars starry darkness dark",
        ["dusk"] = "dusk evening evenings sunset twilight nightfall",
        ["dawn"] = "dawn sunrise daybreak morning mornings",
        ["day"] = "noon midday afternoon daylight sunshine sunny sun",
    });

    /// <summary>A map from each word to its key, given the words of each key separated by spaces; a word listed under
    /// two keys keeps the first.</summary>
    internal static Dictionary<string, T> Words<T>(Dictionary<T, string> byKey) where T : notnull
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (key, words) in byKey)
            foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries)) map.TryAdd(w, key);
        return map;
    }

    /// <summary>Negation: the next few words mean the opposite ("not happy", "never loved").</summary>
    public static readonly HashSet<string> Negations = Set("stopped ceased not no never nothing nobody none neither nor without hardly barely " +
        "scarcely cannot " +
        "can't couldn't didn't doesn't don't isn't wasn't weren't won't wouldn't shouldn't haven't hasn't hadn't aren't ain't");

    /// <summary>Words that stop a negation's reach.</summary>
    public static readonly HashSet<string> NegationStops = Set("but yet although though however and");

    public static readonly Dictionary<string, float> Intensifiers = new(StringComparer.Ordinal)
    {
        ["very"] = 1.5f, ["so"] = 1.3f, ["deeply"] = 1.6f, ["truly"] = 1.4f, ["utterly"] = 1.7f, ["completely"] = 1.5f, ["terribly"] = 1.5f,
        ["profoundly"] = 1.6f, ["extremely"] = 1.6f, ["incredibly"] = 1.5f, ["really"] = 1.3f, ["most"] = 1.3f, ["such"] = 1.2f,
        ["slightly"] = 0.5f, ["somewhat"] = 0.6f, ["little"] = 0.6f, ["bit"] = 0.6f, ["faintly"] = 0.5f, ["almost"] = 0.7f,
    };

    /// <summary>Pose words in a person's sentences.</summary>
    public static readonly Dictionary<string, string> Poses = Words<string>(new()
    {
        ["sitting"] = "sat sit sits sitting seated",
        ["walking"] = "walked walk walks walking wandered wander wanders wandering strolled ran run running travelled traveled journeyed roamed",
        ["kneeling"] = "knelt kneel kneeling kneels prayed pray praying",
    });
}
