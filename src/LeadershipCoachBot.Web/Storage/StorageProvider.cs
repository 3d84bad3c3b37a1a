namespace LeadershipCoachBot.Web.Storage;

/// <summary>Where bot state is kept.</summary>
public enum StorageProvider
{
    /// <summary>An Azure table (Azurite locally): state survives restarts and is shared by instances.</summary>
    AzureTables,

    /// <summary>Process memory: for tests and demos only; state is lost on restart.</summary>
    Memory,
}
