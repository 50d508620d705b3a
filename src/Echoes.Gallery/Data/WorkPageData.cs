namespace Echoes.Gallery.Data;

/// <summary>What a work's page shows, read together.</summary>
internal sealed record WorkPageData(Work Work, Exhibition Exhibition, IReadOnlyList<Comment> Comments, long Threads,
    IReadOnlyDictionary<string, long> Responses);
