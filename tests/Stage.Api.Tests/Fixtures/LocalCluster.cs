namespace Stage.Api.Tests.Fixtures;

/// <summary>A cluster started by <see cref="LocalPostgresCluster"/>: how to reach it and how to start it again.</summary>
public sealed record LocalCluster(string ConnectionString, string PgCtl, string DataDirectory, string Options, string LogFile);
