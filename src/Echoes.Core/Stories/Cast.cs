namespace Echoes.Stories;

/// <summary>People found together (several named in a row: "Alice, Bob and Carol", "Mila, Oskar and I").</summary>
/// <param name="From">First token of the group.</param>
/// <param name="To">Last token of the group.</param>
/// <param name="Members">Who is in it.</param>
internal sealed record Group(int From, int To, Person[] Members);

/// <summary>Who a story is about, and who each word that stands for someone stands for.</summary>
/// <param name="People">Everyone, in order of first appearance.</param>
/// <param name="At">For each token that names or points to people (a name, a role, a pronoun, "I" in speech), who.</param>
/// <param name="Groups">Groups named together, in order.</param>
/// <param name="Speakers">For each quoted token, who says it.</param>
internal sealed record Cast(List<Person> People, Dictionary<int, Person[]> At, List<Group> Groups, Dictionary<int, Person> Speakers);
