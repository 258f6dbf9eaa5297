using Insights.Cli;

return InsightsCommand.Create().Parse(args).Invoke();
