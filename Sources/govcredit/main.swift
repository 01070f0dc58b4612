print("govcredit")
