using System.Security.Cryptography;
using System.Text;

namespace Insights.Ingest.Privacy;

/// <summary>
/// Where the personal-data key comes from: the environment variable <c>INSIGHTS_PII_KEY</c> (any string of 16 or
/// more characters), else a key file (<c>--pii-key-file</c>, default <c>~/.config/insights/pii.key</c>), created
/// with 32 random bytes and owner-only permissions on first use. The key is kept apart from the lake and the
/// warehouse: whoever holds both could otherwise test every phone number against the hashes.
/// </summary>
public static class PersonalDataKey
{
    /// <summary>The environment variable that holds the key.</summary>
    public const string EnvironmentVariable = "INSIGHTS_PII_KEY";

    /// <summary>The default key file.</summary>
    public static string DefaultFile =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config", "insights", "pii.key");

    /// <summary>Loads (or creates) the key.</summary>
    /// <param name="keyFile">A key file to use instead of the default, or null.</param>
    /// <param name="created">Set when a new key file was created.</param>
    /// <returns>The key and a description of where it came from.</returns>
    public static (byte[] Key, string Source) Load(string? keyFile, out bool created)
    {
        created = false;
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            if (fromEnvironment.Length < 16)
            {
                throw new ArgumentException($"环境变量 {EnvironmentVariable} 至少 16 个字符 / {EnvironmentVariable} must be at least 16 characters");
            }

            return (Encoding.UTF8.GetBytes(fromEnvironment), "environment " + EnvironmentVariable);
        }

        var path = keyFile ?? DefaultFile;
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var key = RandomNumberGenerator.GetBytes(32);
            using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            {
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }

                stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(key)));
            }

            created = true;
        }

        var text = File.ReadAllText(path).Trim();
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            bytes = Encoding.UTF8.GetBytes(text);
        }

        if (bytes.Length < 16)
        {
            throw new ArgumentException($"个人信息密钥文件 {path} 太短（至少 16 字节）/ the personal-data key file {path} is too short (16 bytes at least)");
        }

        return (bytes, "file " + path);
    }
}
