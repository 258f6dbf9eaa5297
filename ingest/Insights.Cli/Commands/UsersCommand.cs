using System.CommandLine;
using Insights.Dashboard.Accounts;
using Insights.Model.Reference;

namespace Insights.Cli.Commands;

/// <summary>
/// <c>insights users add|remove|list</c>: the dashboard's accounts, kept in a file outside the data
/// (<c>--users FILE</c>, <c>$INSIGHTS_USERS</c> or <c>~/.config/insights/users.json</c>). The password is read
/// from standard input (one line), never from the command line, where other users could see it.
/// </summary>
internal static class UsersCommand
{
    public static Command Create()
    {
        var file = new Option<FileInfo?>("--users") { Description = "账户文件 / the accounts file (default: $INSIGHTS_USERS or ~/.config/insights/users.json)" };
        var name = new Argument<string>("NAME") { Description = "用户名 / sign-in name" };
        var role = new Option<string>("--role")
        {
            Description = "角色 / role: organizer (组委会) or committee (执委会)",
            Required = true,
        };
        role.AcceptOnlyFromAmong(DashboardRoles.All.ToArray());
        var city = new Option<string?>("--city") { Description = "执委会城市或代码（执委会成员必填）/ the committee's city or code, e.g. 苏州市, Suzhou or SZ (committee members only)" };

        var add = new Command("add", "新增或更新账户（从标准输入读取密码）/ add or update an account (password read from standard input)") { name, role, city, file };
        add.SetAction(parse =>
        {
            var store = Store(parse.GetValue(file));
            var committee = parse.GetValue(city) is { Length: > 0 } c ? Committee(c) : null;
            if (parse.GetValue(city) is { Length: > 0 } given && committee is null)
            {
                Console.Error.WriteLine($"错误 / error: 没有这个执委会 / no committee '{given}' (one of: {string.Join(", ", Catalog().Committees.Select(x => $"{x.Code} {x.CityZh} {x.CityEn}"))})");
                return 2;
            }

            if (!Console.IsInputRedirected)
            {
                Console.Error.Write("密码 / password: ");
            }

            var password = Console.In.ReadLine() ?? "";
            try
            {
                var user = store.Add(parse.GetValue(name)!, password, parse.GetValue(role)!, committee);
                Console.WriteLine($"已保存 / saved {user.Name} ({user.Role}{(user.Committee is null ? "" : " " + user.Committee)}) → {store.Path}");
                return 0;
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine($"错误 / error: {UserMessage.Of(e)}");
                return 2;
            }
        });

        var removeName = new Argument<string>("NAME") { Description = "用户名 / sign-in name" };
        var remove = new Command("remove", "删除账户 / remove an account") { removeName, file };
        remove.SetAction(parse =>
        {
            var store = Store(parse.GetValue(file));
            if (store.Remove(parse.GetValue(removeName)!))
            {
                Console.WriteLine($"已删除 / removed {parse.GetValue(removeName)}");
                return 0;
            }

            Console.Error.WriteLine($"错误 / error: 没有账户 / no account {parse.GetValue(removeName)}");
            return 2;
        });

        var list = new Command("list", "列出账户 / list the accounts") { file };
        list.SetAction(parse =>
        {
            var store = Store(parse.GetValue(file));
            foreach (var user in store.List())
            {
                var locked = user.LockedUntil is { } until && until > DateTimeOffset.UtcNow ? $" locked until {until:u}" : "";
                Console.WriteLine($"{user.Name}\t{user.Role}\t{user.Committee ?? "-"}\t{user.CreatedAt:u}{locked}");
            }

            return 0;
        });

        return new Command("users", "仪表盘账户 / the dashboard's accounts") { add, remove, list };
    }

    private static UserStore Store(FileInfo? file) => new(file?.FullName ?? UserStore.DefaultPath);

    private static ReferenceCatalog Catalog() => ReferenceCatalog.Load(ReferenceCatalog.DefaultSeasonId);

    /// <summary>The committee code of a city name (Chinese or English) or code.</summary>
    private static string? Committee(string city) =>
        Catalog().Committees.FirstOrDefault(c =>
            string.Equals(c.Code, city, StringComparison.OrdinalIgnoreCase) || c.CityZh == city || c.CityZh == city + "市"
            || string.Equals(c.CityEn, city, StringComparison.OrdinalIgnoreCase))?.Code;
}
