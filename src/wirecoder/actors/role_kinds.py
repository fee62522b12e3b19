"""Kinds of CAMEO roles the actor and event stages tell apart: crowds, armed forces, a
state's own forces, those who challenge a state, forces that act where they belong, and
who acts on a country's own people."""

# Roles of unarmed crowds: a crowd that acts somewhere is of the country it acts in.
CROWD_ROLES = frozenset({"OPP", "CVL", "LAB", "EDU", "AGR", "REF", "HLH"})
# Roles of armed forces, for telling riots (crowds) from fighting.
ARMED_ROLES = frozenset({"MIL", "COP", "REB", "INS", "UAF", "SPY"})
# A state's own armed forces, which its government commands.
STATE_FORCES = frozenset({"MIL", "COP"})
# Who challenges a state from inside it: its rebels, insurgents, separatists, opposition.
CHALLENGER_ROLES = frozenset({"REB", "INS", "SEP", "OPP"})
SEPARATISTS = "SEP"  # the role of those who seek to leave their state
# Forces that act where they belong: police and security forces, gunmen, militias, rebels,
# insurgents and criminal gangs.
LOCAL_FORCES = frozenset({"COP", "UAF", "REB", "SEP", "INS", "CRM"})
# Forces, whose `for` a country says where they are sent (`troops for Ukraine`).
SENT_FORCES = LOCAL_FORCES | {"MIL"}
# Who acts on a country's own people when the text gives them no country: its forces and
# courts (`X a été inculpé par le parquet`); and those people: its crowds and elites (`former
# president X`).
DOMESTIC_AGENTS = LOCAL_FORCES | {"JUD"}
OWN_PEOPLE = CROWD_ROLES | {"ELI"}
