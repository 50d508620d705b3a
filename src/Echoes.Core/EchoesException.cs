namespace Echoes;

/// <summary>
/// An error the user can fix (a missing file, a malformed plan, a limit exceeded). Its message is one line that names
/// the file and the problem; the CLI prints it as <c>echoes: FILE: MESSAGE</c> and exits with code 2.
/// </summary>
public sealed class EchoesException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="subject">The file or option the error is about (may be empty).</param>
    /// <param name="message">What is wrong, one line.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public EchoesException(string subject, string message, Exception? inner = null) : base(message, inner) => Subject = subject;

    /// <summary>The file or option the error is about.</summary>
    public string Subject { get; }

    /// <summary>The one-line form shown to users: <c>SUBJECT: MESSAGE</c>.</summary>
    public string OneLine => string.IsNullOrEmpty(Subject) ? Message : $"{Subject}: {Message}";
}
