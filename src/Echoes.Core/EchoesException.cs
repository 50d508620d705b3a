namespace Echoes;

/// <summary>
/// An error the user can fix (a missing file, a malformed plan, a limit exceeded). Its message is one line that names
/// the file and the problem; the CLI prints it as <c>echoes: FILE: MESSAGE</c> and exits with code 2.
/// </summary>
public sealed class EchoesException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="subject">The file, scene line (<c>file:line</c>) or option field the error is about (may be empty).
    /// An option is named by its field as <c>nameof</c> gives it (<c>Strokes</c>, <c>Mood</c>, <c>Width</c>), never by a
    /// front end's spelling: the command line maps it to its flag, the gallery to its form field.</param>
    /// <param name="message">What is wrong, one line.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public EchoesException(string subject, string message, Exception? inner = null) : base(message, inner) => Subject = subject;

    /// <summary>The file, scene line or option field the error is about.</summary>
    public string Subject { get; }

    /// <summary>The one-line form shown to users: <c>SUBJECT: MESSAGE</c>.</summary>
    public string OneLine => string.IsNullOrEmpty(Subject) ? Message : $"{Subject}: {Message}";
}
