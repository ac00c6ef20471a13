using System.Globalization;

namespace EngageBot.Bench;

/// <summary>
/// The whole machine's CPU from <c>/proc/stat</c>'s first line, in seconds: busy (user, nice, system, irq, softirq) and
/// steal (time the hypervisor gave another guest). Over a window, busy minus the service's and the bench's own CPU is
/// what other processes took: a run with much of it was a loaded one, whatever its turns/s say.
/// </summary>
public readonly record struct HostCpu(double Busy, double Steal)
{
    public static HostCpu Read()
    {
        try
        {
            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            double Jiffies(int i) => i < fields.Length ? double.Parse(fields[i], CultureInfo.InvariantCulture) : 0;
            // user nice system idle iowait irq softirq steal (guest time is already inside user and nice)
            var busy = Jiffies(1) + Jiffies(2) + Jiffies(3) + Jiffies(6) + Jiffies(7);
            const double Hz = 100; // USER_HZ on Linux
            return new HostCpu(busy / Hz, Jiffies(8) / Hz);
        }
        catch (IOException)
        {
            return new HostCpu(double.NaN, double.NaN);
        }
    }

    public static HostCpu operator -(HostCpu after, HostCpu before) => new(after.Busy - before.Busy, after.Steal - before.Steal);
}
