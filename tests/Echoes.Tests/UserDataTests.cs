using Echoes.Cli;
using Echoes.Cli.Commands;

namespace Echoes.Tests;

/// <summary>The gallery's default data folder follows each desktop's convention for application data.</summary>
public sealed class UserDataTests
{
    [Fact]
    public void Windows_and_macos_keep_data_in_an_Echoes_folder()
    {
        Assert.Equal(Path.Combine(@"C:\Users\ada\AppData\Local", "Echoes", "gallery"), UserData.Folder(@"C:\Users\ada\AppData\Local", displayNames: true, "gallery"));
        Assert.Equal(Path.Combine("/Users/ada/Library/Application Support", "Echoes", "gallery"),
            UserData.Folder("/Users/ada/Library/Application Support", displayNames: true, "gallery"));
    }

    [Fact]
    public void Linux_keeps_data_in_a_lower_case_echoes_folder()
    {
        Assert.Equal(Path.Combine("/home/ada/.local/share", "echoes", "gallery"), UserData.Folder("/home/ada/.local/share", displayNames: false, "gallery"));
    }

    [Fact]
    public void The_gallery_default_is_under_this_machines_local_application_data()
    {
        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        string expected = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? "Echoes" : "echoes";
        Assert.Equal(Path.Combine(local, expected, "gallery"), ServeCommand.DefaultData);
        if (OperatingSystem.IsMacOS()) Assert.EndsWith(Path.Combine("Library", "Application Support", "Echoes", "gallery"), ServeCommand.DefaultData);
    }
}
